import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { bilingual, InvalidCredentialsError, NotFoundError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { forgetDemoAccountCheck } from '../../security/demo-accounts.js';
import { RoleEnum } from './user.object.js';
import { secondFactorOk } from './auth.mutations.js';
import { z } from 'zod';

// The account security page (账号安全): the signed-in user's own sessions, ending one of them,
// turning two-step sign-in off with a code; administrators list who has enrolled.

export const AccountSessionRef = builder.prismaNode('Session', {
  name: 'AccountSession',
  id: { field: 'id' },
  description: 'One signed-in browser of the viewer: when it signed in, when it was last seen, from where.',
  // Only the session's own user sees it; not even an administrator sees another's sessions.
  authScopes: (session, ctx) => session.userId === ctx.viewer?.userId,
  fields: (t) => ({
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    userAgent: t.exposeString('userAgent', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    twoFactorVerified: t.exposeBoolean('twoFactorVerified'),
    current: t.boolean({
      description: 'This request came through this session.',
      resolve: (session, _args, ctx) => session.id === ctx.viewer?.sessionId,
    }),
  }),
});

builder.queryField('mySessions', (t) =>
  t.prismaField({
    type: [AccountSessionRef],
    description: "The viewer's open sessions, the most recently seen first.",
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma().session.findMany({
        ...query,
        where: { userId: ctx.viewer!.userId, expiresAt: { gt: new Date() } },
        orderBy: [{ lastSeenAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

const EndSessionInput = builder.inputType('EndSessionInput', {
  fields: (t) => ({ sessionId: t.globalID({ required: true, for: AccountSessionRef }) }),
});

builder.mutationField('endSession', (t) =>
  t.boolean({
    description: 'Signs out one of the viewer’s own sessions (another browser, or this one).',
    authScopes: { signedIn: true },
    errors: {
      types: [NotFoundError, ValidationError],
      union: { name: 'EndSessionResult' },
      result: { name: 'EndSessionSuccess' },
    },
    args: { input: t.arg({ type: EndSessionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      const id = input.sessionId.id;
      await prisma().$transaction(async (tx) => {
        const ended = await tx.session.deleteMany({ where: { id, userId: viewer.userId } });
        if (ended.count !== 1) throw new NotFoundError('AccountSession');
        await recordAudit(tx, actorOf(ctx), {
          action: 'auth.sessionEnded',
          entityType: 'User',
          entityId: viewer.userId,
          data: { current: id === viewer.sessionId },
        });
      });
      if (id === viewer.sessionId) ctx.viewer = null;
      return true;
    },
  }),
);

const DisableTwoFactorInput = builder.inputType('DisableTwoFactorInput', {
  fields: (t) => ({
    code: t.string({
      required: true,
      description: 'A current code of the authenticator app, or one unused recovery code.',
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请输入验证码或恢复码', en: 'enter a code or a recovery code' }))
        .max(64),
    }),
  }),
});

builder.mutationField('disableTwoFactor', (t) =>
  t.prismaField({
    type: 'User',
    description:
      'Turns two-step sign-in off for the viewer, proven with a current code or a recovery code; the recovery codes are deleted.',
    authScopes: { signedIn: true },
    errors: {
      types: [InvalidCredentialsError, ValidationError],
      union: { name: 'DisableTwoFactorResult' },
      result: { name: 'DisableTwoFactorSuccess' },
    },
    args: { input: t.arg({ type: DisableTwoFactorInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      const user = await prisma().user.findUniqueOrThrow({ where: { id: viewer.userId } });
      if (user.totpEnabledAt === null || !(await secondFactorOk(ctx, user, input.code.trim())))
        throw new InvalidCredentialsError();
      const updated = await prisma().$transaction(async (tx) => {
        await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
        await recordAudit(tx, actorOf(ctx), {
          action: 'auth.twoFactorDisabled',
          entityType: 'User',
          entityId: user.id,
        });
        return tx.user.update({
          ...nonEmptyQuery(query),
          where: { id: user.id },
          data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
        });
      });
      forgetDemoAccountCheck();
      return updated;
    },
  }),
);

builder.queryField('users', (t) =>
  t.prismaConnection(
    {
      type: 'User',
      cursor: 'id',
      description:
        'Administrators: the accounts, by e-mail; filter by role and by whether two-step sign-in is on (who has enrolled).',
      authScopes: { admin: true },
      args: {
        role: t.arg({ type: RoleEnum }),
        twoFactorEnabled: t.arg.boolean(),
        search: t.arg.string({ description: 'Part of the name or e-mail address.' }),
      },
      resolve: (query, _root, args) => {
        const search = args.search?.trim();
        return prisma().user.findMany({
          ...query,
          where: {
            ...(args.role ? { roles: { has: args.role } } : {}),
            ...(args.twoFactorEnabled == null ? {} : { totpEnabledAt: args.twoFactorEnabled ? { not: null } : null }),
            ...(search
              ? {
                  OR: [{ email: { contains: search.toLowerCase() } }, { displayName: { contains: search } }],
                }
              : {}),
          },
          orderBy: [{ email: 'asc' }, { id: 'asc' }],
        });
      },
    },
    { name: 'UserConnection' },
    { name: 'UserEdge' },
  ),
);
