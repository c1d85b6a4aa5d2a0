// Personal access tokens: `Authorization: Bearer <token>` for analysts' scripts.
// Read-only: a token-authenticated request may query, never mutate (readOnlyTokens below).
// Every use is attributed in the audit trail, one row per request.
import { randomBytes } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Context, Role, Viewer } from '../context.js';
import { prisma } from '../db.js';
import { hashToken } from './session.js';

export const API_TOKEN_PREFIX = 'smepat_';

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The bearer token of a request, if it sends one of ours. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

// The roles a token may act with: a token carries its owner's analyst or admin rights only.
const TOKEN_ROLES: readonly Role[] = ['ANALYST', 'ADMIN'];

/**
 * The viewer of a request that authenticates with a personal access token, or null when the
 * token is unknown, expired, revoked, or its owner is inactive or no longer an analyst or
 * administrator. Records the use (lastUsedAt and one audit row).
 */
export async function viewerFromApiToken(request: FastifyRequest, token: string): Promise<Viewer | null> {
  const row = await prisma().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  const now = new Date();
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.active) return null;
  const roles = (row.user.roles as Role[]).filter((r) => TOKEN_ROLES.includes(r));
  if (roles.length === 0) return null;
  await prisma().$transaction([
    prisma().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }),
    prisma().auditEvent.create({
      data: {
        actorId: row.userId,
        action: 'apiToken.use',
        entityType: 'ApiToken',
        entityId: row.id,
        data: { name: row.name, method: request.method, path: request.url.split('?')[0] ?? '' },
        ip: request.ip,
      },
    }),
  ]);
  return {
    userId: row.user.id,
    sessionId: `token:${row.id}`,
    email: row.user.email,
    roles,
    organisationId: null,
    unitId: null,
    apiTokenId: row.id,
  };
}

/** Apollo plugin: a request authenticated by a token may run queries only. */
export function readOnlyTokens(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!contextValue.viewer?.apiTokenId || operation?.operation === 'query') return;
          const text = { zhCN: '访问令牌只能用于查询。', en: 'Access tokens are read-only.' };
          throw new GraphQLError(contextValue.locale === 'EN' ? text.en : text.zhCN, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
