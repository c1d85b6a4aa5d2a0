import { hashPassword, type PrismaClient } from '@sme/db';
import { z } from 'zod';
import type { SecretKey } from '../auth/secret-box.js';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, sealTotpSecret, totpUri } from '../auth/two-factor.js';
import { recordAudit } from '../audit/record-audit.js';

// The first administrator of a new installation, and the way back in for one who lost their
// password or phone. Demo accounts exist only on the embedded database, so without this a
// PostgreSQL installation would have no one to sign in as. Run from a shell on the server
// (`npm run create-admin`), never over the network: whoever can run it can already read the
// database.

export const ADMIN_PASSWORD_MIN_LENGTH = 12;

const inputSchema = z.object({
  email: z.string().trim().toLowerCase().email('not an e-mail address'),
  displayName: z.string().trim().min(1, 'a name is required').max(100),
  // Longer than members' 8: this account decides titles and can read every application.
  password: z.string().min(ADMIN_PASSWORD_MIN_LENGTH, `at least ${ADMIN_PASSWORD_MIN_LENGTH} characters`).max(1024),
});

export type CreateAdministratorInput = z.input<typeof inputSchema> & {
  /** Enrol two-step sign-in now (required of administrators on PostgreSQL by default). */
  enrolTwoFactor: boolean;
};

export type CreateAdministratorResult = {
  userId: string;
  email: string;
  /** false when an existing account was reset. */
  created: boolean;
  /** Set when two-step sign-in was enrolled: shown once, to be entered in an authenticator app. */
  twoFactor: { secret: string; uri: string; recoveryCodes: string[] } | null;
};

export class CreateAdministratorError extends Error {}

export async function createAdministrator(
  prisma: PrismaClient,
  input: CreateAdministratorInput,
  key: SecretKey,
): Promise<CreateAdministratorResult> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    throw new CreateAdministratorError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const { email, displayName, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const secret = input.enrolTwoFactor ? await newTotpSecret() : null;
  const recoveryCodes = secret ? newRecoveryCodes() : [];

  const outcome = await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    // An organisation's account is not turned into the secretariat's: that would let a member
    // decide its own application. Use another e-mail address.
    if (existing?.organisationId) {
      throw new CreateAdministratorError(
        `${email} belongs to a member organisation's account; choose another e-mail address for the administrator`,
      );
    }
    const roles = existing ? [...new Set([...existing.roles, 'ADMIN' as const])] : (['ADMIN'] as const);
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { displayName, passwordHash, roles: [...roles], active: true },
        })
      : await tx.user.create({ data: { email, displayName, passwordHash, roles: [...roles] } });
    if (secret) {
      await tx.user.update({
        where: { id: user.id },
        data: {
          totpSecret: sealTotpSecret(secret, user.id, key),
          totpPendingSecret: null,
          totpEnabledAt: new Date(),
          totpLastStep: null,
        },
      });
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await tx.recoveryCode.createMany({
        data: recoveryCodes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code) })),
      });
    }
    // A reset ends every session signed in with the old password.
    if (existing) await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(
      tx,
      { actorId: null, ip: 'command line' },
      {
        action: existing ? 'user.administratorReset' : 'user.administratorCreated',
        entityType: 'User',
        entityId: user.id,
        data: { email, twoFactorEnrolled: Boolean(secret) },
      },
    );
    return { userId: user.id, created: !existing };
  });

  return {
    ...outcome,
    email,
    twoFactor: secret ? { secret, uri: await totpUri(secret, email), recoveryCodes } : null,
  };
}
