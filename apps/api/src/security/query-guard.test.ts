import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from './armor.js';
import { MAX_BRACE_DEPTH, preParseRefusal, syntaxError } from './query-guard.js';

describe('preParseRefusal', () => {
  it('lets a document of exactly the token limit through and refuses one token more', () => {
    // `{` + n fields + `}`: n + 2 tokens.
    const fields = (n: number) => `{ ${'__typename '.repeat(n)}}`;
    expect(preParseRefusal(fields(QUERY_LIMITS.maxTokens - 2))).toBeNull();
    expect(preParseRefusal(fields(QUERY_LIMITS.maxTokens - 1))).toMatch(/Token limit of 1000 exceeded/);
  });

  it('does not count comments, and leaves syntax errors to the parser', () => {
    expect(preParseRefusal(`{ me { email } } # ${'x '.repeat(5000)}`)).toBeNull();
    expect(preParseRefusal('{ me { email "unterminated')).toBeNull();
  });

  it('finds the syntax errors Armor would throw as internal errors', () => {
    expect(syntaxError('{ me { email } }')).toBeNull();
    expect(syntaxError('{ me { email }')).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
    expect(syntaxError('{ f(a: "unterminated) }')).toMatch(/Unterminated string/);
    expect(syntaxError('{ f(a: "\\ud800") }')).toMatch(/Invalid Unicode escape sequence/);
  });

  it('refuses braces nested past twice the depth limit, allows input objects within it', () => {
    const nested = (n: number) => `${'{ a '.repeat(n)}${'}'.repeat(n)}`;
    expect(preParseRefusal(nested(MAX_BRACE_DEPTH))).toBeNull();
    expect(preParseRefusal(nested(MAX_BRACE_DEPTH + 1))).toMatch(/depth limit of 12/);
    expect(preParseRefusal('mutation { f(input: { a: { b: { c: 1 } } }) { d { e { f } } } }')).toBeNull();
  });
});
