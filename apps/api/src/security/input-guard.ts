import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, type ValidationRule } from 'graphql';

// A NUL byte in any string of the request (query, variables, their keys) reached PostgreSQL,
// which refused it with an internal error. No field of this API has a use for control
// character 0, so the request is refused at the edge as bad input, before GraphQL runs.
export function containsNul(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
  }
  return false;
}

export async function rejectNulBytes(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!containsNul(request.body) && !containsNul(request.query)) return;
  await reply.code(400).send({
    errors: [
      {
        message: '输入含有不允许的控制字符 (NUL) (input contains a NUL character, which is not allowed)',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ],
  });
}

/**
 * The same refusal for a NUL written as an escape inside the query text (`"\u0000"`): the bytes
 * that arrive hold no NUL, the parsed literal does. A validation rule sees every string literal
 * after parsing and before any resolver, whichever field or argument it is given to.
 */
export const noNulInStringLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (!node.value.includes('\u0000')) return;
    context.reportError(
      new GraphQLError('输入含有不允许的控制字符（NUL）。 The input contains a NUL character, which is not allowed.', {
        nodes: [node],
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    );
  },
});
