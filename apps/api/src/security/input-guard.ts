import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, type ValidationRule } from 'graphql';
import { localeFromHeader } from '../context.js';
import type { LocalisedText } from '../graphql/error-classes.js';

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

const NUL_MESSAGE: LocalisedText = {
  zhCN: '输入含有不允许的控制字符（NUL）。',
  en: 'The input contains a NUL character, which is not allowed.',
};

export async function rejectNulBytes(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!containsNul(request.body) && !containsNul(request.query)) return;
  await reply.code(400).send({
    errors: [
      {
        message: localeFromHeader(request.headers['accept-language']) === 'EN' ? NUL_MESSAGE.en : NUL_MESSAGE.zhCN,
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
    // `text` lets formatError answer in the caller's language (error-masking.ts).
    const error = Object.assign(
      new GraphQLError(NUL_MESSAGE.zhCN, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }),
      { text: NUL_MESSAGE },
    );
    context.reportError(error);
  },
});
