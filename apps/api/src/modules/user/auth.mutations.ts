import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@sme/db';
import { z } from 'zod';
import { clearSessionCookie, openSession, setSessionCookie } from '../../auth/session.js';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { prisma } from '../../db.js';
import { InvalidCredentialsError, ValidationError } from '../../graphql/error-classes.js';
import { sessionSettings } from '../../settings.js';

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    email: t.string({ required: true, validate: z.string().trim().min(1, '请输入邮箱 (e-mail is required)').max(320) }),
    password: t.string({ required: true, validate: z.string().min(1, '请输入密码 (password is required)').max(1024) }),
  }),
});

// Verifying against the hash of a random string when the e-mail is unknown makes "no such user"
// take as long as "wrong password", so response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
function hashOfNobody(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

builder.mutationField('login', (t) =>
  t.prismaField({
    type: 'User',
    skipTypeScopes: true,
    authScopes: { public: true },
    errors: {
      types: [InvalidCredentialsError, ValidationError],
      union: { name: 'LoginResult' },
      result: { name: 'LoginSuccess' },
    },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const email = input.email.trim().toLowerCase();
      const user = await prisma().user.findUnique({ where: { email } });
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await hashOfNobody()), input.password).catch(() => false);
      if (!user || !user.active || !passwordOk) {
        await prisma().$transaction((tx) =>
          recordAudit(tx, actorOf(ctx), { action: 'auth.loginFailed', entityType: 'User', entityId: user?.id, data: { email } }),
        );
        throw new InvalidCredentialsError();
      }
      const settings = sessionSettings();
      const { session, viewer } = await prisma().$transaction(async (tx) => {
        const opened = await openSession(tx, user.id, { userAgent: ctx.request.headers['user-agent'], ip: ctx.ip }, settings);
        await recordAudit(tx, { actorId: user.id, ip: ctx.ip }, {
          action: 'auth.login',
          entityType: 'User',
          entityId: user.id,
        });
        const viewer = await tx.user.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: user.id } });
        return { session: opened, viewer };
      });
      setSessionCookie(ctx.request, ctx.reply, session.token, session.expiresAt, settings);
      // The caller is now this user: the returned fields are authorised as theirs.
      ctx.viewer = {
        userId: user.id,
        sessionId: session.sessionId,
        email: user.email,
        roles: user.roles,
        organisationId: user.organisationId,
        unitId: user.unitId,
      };
      return viewer;
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    description: 'Ends the current session. True when a session was ended, false when none was open.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      clearSessionCookie(ctx.reply);
      const viewer = ctx.viewer;
      if (!viewer) return false;
      ctx.viewer = null;
      await prisma().$transaction(async (tx) => {
        await tx.session.deleteMany({ where: { id: viewer.sessionId } });
        await recordAudit(tx, { actorId: viewer.userId, ip: ctx.ip }, { action: 'auth.logout', entityType: 'User', entityId: viewer.userId });
      });
      return true;
    },
  }),
);
