// Personal access tokens in the schema: an analyst or administrator lists, creates (the token
// is returned once, only its hash is kept) and revokes their own tokens.
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { hashToken } from '../../auth/session.js';
import { newApiTokenSecret } from '../../auth/api-token.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { bilingual, NotFoundError, ValidationError } from '../../graphql/error-classes.js';

export const MAX_TOKEN_DAYS = 366;

export const ApiTokenRef = builder.prismaNode('ApiToken', {
  id: { field: 'id' },
  description:
    '个人访问令牌（只读）。 A personal access token (read-only). The token itself is shown only when created.',
  authScopes: (token, ctx) => token.userId === ctx.viewer?.userId,
  fields: (t) => ({
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    active: t.boolean({
      description: '未撤销且未过期。 Neither revoked nor expired.',
      resolve: (token) => token.revokedAt === null && token.expiresAt > new Date(),
    }),
  }),
});

const CreatedApiToken = builder.objectRef<{ token: string; apiTokenId: string }>('CreatedApiToken').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: '令牌本身，仅此一次显示。 The token; shown this once only.' }),
    apiToken: t.prismaField({
      type: ApiTokenRef,
      resolve: (query, parent) => prisma().apiToken.findUniqueOrThrow({ ...query, where: { id: parent.apiTokenId } }),
    }),
  }),
});

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写名称', en: 'give the token a name' }))
        .max(80),
    }),
    expiresInDays: t.int({
      required: true,
      validate: z
        .number()
        .int()
        .min(1, bilingual({ zhCN: '至少 1 天', en: 'at least one day' }))
        .max(MAX_TOKEN_DAYS, bilingual({ zhCN: `最多 ${MAX_TOKEN_DAYS} 天`, en: `at most ${MAX_TOKEN_DAYS} days` })),
    }),
  }),
});

const RevokeApiTokenInput = builder.inputType('RevokeApiTokenInput', {
  fields: (t) => ({ apiTokenId: t.globalID({ required: true, for: ApiTokenRef }) }),
});

builder.queryField('myApiTokens', (t) =>
  t.prismaField({
    type: [ApiTokenRef],
    description: "我的个人访问令牌，最新在前。 The viewer's personal access tokens, newest first.",
    authScopes: { analyst: true, admin: true },
    resolve: (query, _root, _args, ctx) =>
      prisma().apiToken.findMany({
        ...query,
        where: { userId: ctx.viewer?.userId ?? '' },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreatedApiToken,
    description:
      '创建只读的个人访问令牌，用于脚本调用（Authorization: Bearer <token>）。 Creates a read-only personal access token for scripts.',
    authScopes: { analyst: true, admin: true },
    errors: {
      types: [ValidationError],
      union: { name: 'CreateApiTokenResult' },
      result: { name: 'CreateApiTokenSuccess' },
    },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const userId = ctx.viewer?.userId ?? '';
      const token = newApiTokenSecret();
      const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
      const created = await prisma().$transaction(async (tx) => {
        const row = await tx.apiToken.create({
          data: { userId, name: input.name.trim(), tokenHash: hashToken(token), expiresAt },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'apiToken.create',
          entityType: 'ApiToken',
          entityId: row.id,
          data: { name: row.name, expiresAt: expiresAt.toISOString() },
        });
        return row;
      });
      return { token, apiTokenId: created.id };
    },
  }),
);

builder.mutationField('revokeApiToken', (t) =>
  t.prismaField({
    type: ApiTokenRef,
    description: "撤销自己的访问令牌，立即失效。 Revokes one of the viewer's tokens, at once.",
    authScopes: { analyst: true, admin: true },
    errors: {
      types: [NotFoundError],
      union: { name: 'RevokeApiTokenResult' },
      result: { name: 'RevokeApiTokenSuccess' },
    },
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const id = input.apiTokenId.id;
        const found = await tx.apiToken.findFirst({ where: { id, userId: ctx.viewer?.userId ?? '' } });
        if (!found) throw new NotFoundError('ApiToken');
        await recordAudit(tx, actorOf(ctx), {
          action: 'apiToken.revoke',
          entityType: 'ApiToken',
          entityId: id,
          data: { name: found.name },
        });
        return tx.apiToken.update({
          ...nonEmptyQuery(query),
          where: { id },
          data: { revokedAt: found.revokedAt ?? new Date() },
        });
      }),
  }),
);
