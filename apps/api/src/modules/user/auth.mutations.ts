import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword, type User } from '@sme/db';
import { z } from 'zod';
import { admitAttempt, recordFailure, recordSuccess, throttleKeys, undoAttempt } from '../../auth/login-throttle.js';
import {
  clearSessionCookie,
  effectiveRoles,
  endRequestSession,
  openSession,
  setSessionCookie,
} from '../../auth/session.js';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpUri,
  verifyTotp,
} from '../../auth/two-factor.js';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import type { Context, Role } from '../../context.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { prisma } from '../../db.js';
import {
  bilingual,
  InvalidCredentialsError,
  LoginThrottledError,
  TwoFactorRequiredError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { forgetDemoAccountCheck } from '../../security/demo-accounts.js';
import { sessionSettings } from '../../settings.js';

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    email: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请输入邮箱', en: 'enter your e-mail address' }))
        .max(320),
    }),
    password: t.string({
      required: true,
      validate: z
        .string()
        .min(1, bilingual({ zhCN: '请输入密码', en: 'enter your password' }))
        .max(1024),
    }),
    otp: t.string({
      required: false,
      description:
        'For accounts with two-factor sign-in: the 6-digit code of the authenticator app, or one recovery code.',
      validate: z.string().trim().max(64).optional().nullable(),
    }),
  }),
});

// Verifying against the hash of a random string when the e-mail is unknown makes "no such user"
// take as long as "wrong password", so response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
function hashOfNobody(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

// The stored secret opened with the configured key; null (and an error in the log) when the
// key cannot open it — a lost or replaced key: the user signs in with a recovery code.
function totpSecretOf(ctx: Context, userId: string, stored: string): string | null {
  try {
    return openTotpSecret(stored, userId);
  } catch (error) {
    ctx.request.log.error(
      { event: 'security.totpSecretUnreadable', userId, reason: (error as Error).message },
      'TOTP secret unreadable',
    );
    return null;
  }
}

// A TOTP code (advancing the replay guard) or an unused recovery code (spending it).
export async function secondFactorOk(ctx: Context, user: User, otp: string): Promise<boolean> {
  if (!user.totpSecret) return false;
  if (looksLikeRecoveryCode(otp)) {
    const spent = await prisma().recoveryCode.updateMany({
      where: { userId: user.id, codeHash: hashRecoveryCode(otp), usedAt: null },
      data: { usedAt: new Date() },
    });
    return spent.count === 1;
  }
  const secret = totpSecretOf(ctx, user.id, user.totpSecret);
  const step = secret === null ? null : await verifyTotp(secret, otp, user.totpLastStep);
  if (step === null) return false;
  // Only one request may use this step (two parallel uses of one code: one wins).
  const claimed = await prisma().user.updateMany({
    where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1;
}

builder.mutationField('login', (t) =>
  t.prismaField({
    type: 'User',
    skipTypeScopes: true,
    authScopes: { public: true },
    errors: {
      types: [InvalidCredentialsError, ValidationError, LoginThrottledError, TwoFactorRequiredError],
      union: { name: 'LoginResult' },
      result: { name: 'LoginSuccess' },
    },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const email = input.email.trim().toLowerCase();
      const keys = throttleKeys(email, ctx.ip);
      const admission = await admitAttempt(keys, ctx.ip);
      if (!admission.allowed) throw new LoginThrottledError(admission.retryAfterSeconds);

      const user = await prisma().user.findUnique({ where: { email } });
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await hashOfNobody()), input.password).catch(
        () => false,
      );
      // Failures are counted in LoginThrottle, not written to the audit trail one by one: a
      // lock-out writes one audit event (427 rows from one guessing run).
      if (!user || !user.active || !passwordOk) {
        await recordFailure(keys, ctx.ip);
        throw new InvalidCredentialsError();
      }
      const enrolled = user.totpEnabledAt !== null && user.totpSecret !== null;
      if (enrolled) {
        const otp = input.otp?.trim();
        if (!otp) {
          // The password was right: asking for the code is not a failed guess.
          await undoAttempt(keys);
          throw new TwoFactorRequiredError();
        }
        if (!(await secondFactorOk(ctx, user, otp))) {
          await recordFailure(keys, ctx.ip);
          throw new InvalidCredentialsError();
        }
      }
      await recordSuccess(keys);

      const settings = sessionSettings();
      const { session, viewer } = await prisma().$transaction(async (tx) => {
        // Signing in as someone else in the same browser ends the session it had.
        await endRequestSession(tx, ctx.request);
        const opened = await openSession(
          tx,
          user.id,
          { userAgent: ctx.request.headers['user-agent'], ip: ctx.ip, twoFactorVerified: enrolled },
          settings,
        );
        await recordAudit(
          tx,
          { actorId: user.id, ip: ctx.ip },
          {
            action: 'auth.login',
            entityType: 'User',
            entityId: user.id,
            data: { twoFactor: enrolled },
          },
        );
        const viewer = await tx.user.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: user.id } });
        return { session: opened, viewer };
      });
      setSessionCookie(ctx.request, ctx.reply, session.token, session.expiresAt, settings);
      // The caller is now this user: the returned fields are authorised as theirs.
      ctx.viewer = {
        userId: user.id,
        sessionId: session.sessionId,
        email: user.email,
        roles: effectiveRoles(user.roles as Role[], enrolled),
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
      clearSessionCookie(ctx.request, ctx.reply);
      const viewer = ctx.viewer;
      if (!viewer) return false;
      ctx.viewer = null;
      await prisma().$transaction(async (tx) => {
        await tx.session.deleteMany({ where: { id: viewer.sessionId } });
        await recordAudit(
          tx,
          { actorId: viewer.userId, ip: ctx.ip },
          { action: 'auth.logout', entityType: 'User', entityId: viewer.userId },
        );
      });
      return true;
    },
  }),
);

builder.mutationField('signOutEverywhere', (t) =>
  t.int({
    description:
      'Ends every session of the signed-in user, this one included (a lost laptop, a shared computer). Returns how many ended.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = ctx.viewer!;
      clearSessionCookie(ctx.request, ctx.reply);
      ctx.viewer = null;
      return prisma().$transaction(async (tx) => {
        const ended = await tx.session.deleteMany({ where: { userId: viewer.userId } });
        await recordAudit(
          tx,
          { actorId: viewer.userId, ip: ctx.ip },
          {
            action: 'auth.signOutEverywhere',
            entityType: 'User',
            entityId: viewer.userId,
            data: { sessions: ended.count },
          },
        );
        return ended.count;
      });
    },
  }),
);

// ── Two-factor enrolment (every account: staff and members alike) ──

// Checked on the stored account, so an administrator who must enrol before holding the ADMIN
// role in a session can still enrol.
async function ownAccount(userId: string): Promise<User> {
  return prisma().user.findUniqueOrThrow({ where: { id: userId } });
}

type Enrolment = { secret: string; otpauthUri: string };
const TwoFactorEnrolment = builder.objectRef<Enrolment>('TwoFactorEnrolment').implement({
  description: 'Scan otpauthUri (or type secret) into an authenticator app, then confirm with a code.',
  fields: (t) => ({
    secret: t.exposeString('secret'),
    otpauthUri: t.exposeString('otpauthUri'),
  }),
});

const StartTwoFactorEnrolmentInput = builder.inputType('StartTwoFactorEnrolmentInput', {
  fields: (t) => ({ password: t.string({ required: true, validate: z.string().min(1).max(1024) }) }),
});

builder.mutationField('startTwoFactorEnrolment', (t) =>
  t.field({
    type: TwoFactorEnrolment,
    description: 'Begins TOTP enrolment (re-enter the password). Replaces any enrolment not yet confirmed.',
    authScopes: { signedIn: true },
    errors: {
      types: [InvalidCredentialsError, ValidationError],
      union: { name: 'StartTwoFactorEnrolmentResult' },
      result: { name: 'StartTwoFactorEnrolmentSuccess' },
    },
    args: { input: t.arg({ type: StartTwoFactorEnrolmentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const user = await ownAccount(ctx.viewer!.userId);
      if (!(await verifyPassword(user.passwordHash, input.password).catch(() => false)))
        throw new InvalidCredentialsError();
      const secret = await newTotpSecret();
      await prisma().$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { totpPendingSecret: sealTotpSecret(secret, user.id) } });
        await recordAudit(tx, actorOf(ctx), {
          action: 'auth.twoFactorEnrolmentStarted',
          entityType: 'User',
          entityId: user.id,
        });
      });
      return { secret, otpauthUri: await totpUri(secret, user.email) };
    },
  }),
);

const ConfirmTwoFactorEnrolmentInput = builder.inputType('ConfirmTwoFactorEnrolmentInput', {
  fields: (t) => ({
    code: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .regex(/^\d{6}$/, bilingual({ zhCN: '请输入 6 位数字', en: 'enter the six digits' })),
    }),
  }),
});

const RecoveryCodes = builder.objectRef<{ recoveryCodes: string[] }>('TwoFactorRecoveryCodes').implement({
  description: 'Shown once: each code signs in once in place of a TOTP code. Store them offline.',
  fields: (t) => ({ recoveryCodes: t.exposeStringList('recoveryCodes') }),
});

builder.mutationField('confirmTwoFactorEnrolment', (t) =>
  t.field({
    type: RecoveryCodes,
    description:
      'Confirms enrolment with a first code; two-factor sign-in is on from now, and this session counts as verified.',
    authScopes: { signedIn: true },
    errors: {
      types: [InvalidCredentialsError, ValidationError],
      union: { name: 'ConfirmTwoFactorEnrolmentResult' },
      result: { name: 'ConfirmTwoFactorEnrolmentSuccess' },
    },
    args: { input: t.arg({ type: ConfirmTwoFactorEnrolmentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      const user = await ownAccount(viewer.userId);
      const pending = user.totpPendingSecret ? totpSecretOf(ctx, user.id, user.totpPendingSecret) : null;
      const step = pending ? await verifyTotp(pending, input.code, null) : null;
      if (step === null || !user.totpPendingSecret) throw new InvalidCredentialsError();
      const codes = newRecoveryCodes();
      await prisma().$transaction(async (tx) => {
        await tx.user.update({
          where: { id: user.id },
          data: {
            totpSecret: user.totpPendingSecret,
            totpPendingSecret: null,
            totpEnabledAt: new Date(),
            totpLastStep: step,
          },
        });
        await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
        await tx.recoveryCode.createMany({
          data: codes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code) })),
        });
        // Other sessions were opened without the second factor: they end.
        await tx.session.deleteMany({ where: { userId: user.id, id: { not: viewer.sessionId } } });
        await tx.session.update({ where: { id: viewer.sessionId }, data: { twoFactorVerified: true } });
        await recordAudit(tx, actorOf(ctx), { action: 'auth.twoFactorEnabled', entityType: 'User', entityId: user.id });
      });
      forgetDemoAccountCheck();
      return { recoveryCodes: codes };
    },
  }),
);
