import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeFromHeader } from '../context.js';

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
        message:
          localeFromHeader(request.headers['accept-language']) === 'EN'
            ? 'The input contains a NUL character, which is not allowed.'
            : '输入含有不允许的控制字符（NUL）。',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ],
  });
}
