import { invalidOperations } from '@sme/client/testing';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../api/schema.graphql?raw';

const modules = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the contract in apps/api/schema.graphql', () => {
  // Parses every source file of the app: CPU-bound, seconds on a loaded 2-core machine.
  it('accepts every operation the portal sends', { timeout: 60_000 }, () => {
    const { found, invalid } = invalidOperations(schemaSource, modules);
    expect(found).toBeGreaterThan(0);
    expect(invalid).toEqual([]);
  });
  it('selects refusals with the shared ErrorFields fragment of @sme/client, never field by field', () => {
    const inline = Object.entries(modules).filter(([, text]) => /\.\.\. on (Error|RuleViolationError) \{/.test(text));
    expect(inline.map(([file]) => file)).toEqual([]);
    expect(Object.values(modules).filter((text) => text.includes('...ErrorFields')).length).toBeGreaterThan(3);
  });
});
