import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, Lexer, Source, TokenKind, parse } from 'graphql';
import { QUERY_LIMITS } from './armor.js';

// GraphQL Armor's token limit runs inside Apollo's pipeline: by then Fastify has built the
// request's context (a session lookup in the database for a signed-in bomb), and Armor counts
// tokens by parsing the document into an AST up to the limit, then throws from a hook that
// Apollo answers with HTTP 500. Twenty concurrent 1,000-alias bombs thus queued several
// milliseconds of work each in front of every await of a normal request (`me`'s
// p99 ≈ 1 s beside them). Counting tokens with graphql-js's lexer alone, before the handler,
// refuses them for a fraction of that, with the same GraphQL error shape and a 400.
// Armor's rules stay as they are behind this: documents within the limit still meet them all.

// Braces nest selection sets and input-object literals alike, so brace depth is at least the
// query's depth: nesting beyond twice Armor's depth limit is refused here; the exact rule (with
// fragments) is Armor's, later.
export const MAX_BRACE_DEPTH = 2 * QUERY_LIMITS.maxDepth;

/** Why `query` is refused before parsing, or null: too many tokens, or braces nested too deep. */
export function preParseRefusal(query: string): string | null {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      count += 1;
      if (count > QUERY_LIMITS.maxTokens) return `Syntax Error: Token limit of ${QUERY_LIMITS.maxTokens} exceeded.`;
      if (token.kind === TokenKind.BRACE_L && ++depth > MAX_BRACE_DEPTH)
        return `Syntax Error: Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded.`;
      if (token.kind === TokenKind.BRACE_R) depth -= 1;
    }
  } catch {
    // A syntax error within the limits: the parser reports it where it always has.
  }
  return null;
}

function queryOf(request: FastifyRequest): unknown {
  const body = request.body as { query?: unknown } | undefined;
  if (body && typeof body === 'object' && 'query' in body) return body.query;
  return (request.query as { query?: unknown } | undefined)?.query;
}

/**
 * The syntax error of a document within the limits, or null. Armor parses the document in a hook
 * of its own and throws the parser's error from there, which Apollo answers as HTTP 500; an
 * unterminated string or a lone surrogate escape (`"\ud800"`) is the client's mistake, refused
 * here with a 400 and GRAPHQL_PARSE_FAILED, as Apollo itself would.
 */
export function syntaxError(query: string): string | null {
  try {
    parse(query, { noLocation: true, maxTokens: QUERY_LIMITS.maxTokens });
    return null;
  } catch (error) {
    if (error instanceof GraphQLError) return error.message;
    throw error;
  }
}

export async function rejectQueryBombs(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const query = queryOf(request);
  const message = typeof query === 'string' ? preParseRefusal(query) : null;
  if (message === null) {
    const syntax = typeof query === 'string' ? syntaxError(query) : null;
    if (syntax !== null)
      await reply.code(400).send({ errors: [{ message: syntax, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
    return;
  }
  request.log.info(
    { event: 'graphql.rejected', correlationId: request.id, reason: message, ip: request.ip },
    'query rejected',
  );
  await reply.code(400).send({ errors: [{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
}
