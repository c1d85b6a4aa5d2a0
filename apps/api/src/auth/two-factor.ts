import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@sme/db';
import { secretKey } from '../settings.js';
import { isSealed, open, seal, type SecretKey } from './secret-box.js';

// TOTP (RFC 6238, 30 s, 6 digits — what every authenticator app speaks) through otplib, and
// one-time recovery codes for a lost phone. Codes are random (50 bits each), so a SHA-256 of
// them is enough to store; the plain codes are shown once, at enrolment.

export const TOTP_ISSUER = 'SME Platforms';

// otplib (and its crypto dependencies) on first use, not at start-up (docs/performance.md).
const otplib = () => import('otplib');

export async function newTotpSecret(): Promise<string> {
  return (await otplib()).generateSecret();
}

export async function totpUri(secret: string, email: string): Promise<string> {
  return (await otplib()).generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The matched time step when `token` is valid now (±1 step) and newer than `lastStep`. */
export async function verifyTotp(secret: string, token: string, lastStep: number | null): Promise<number | null> {
  const clean = token.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return null;
  const { verify } = await otplib();
  const result = await verify({
    secret,
    token: clean,
    epochTolerance: 30,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  }).catch(() => null);
  if (!result?.valid) return null;
  return 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : null;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5, 10)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase().replace(/\s+/g, '')).digest('hex');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{5}-[a-z0-9]{5}$/i.test(code.trim());
}

// TOTP secrets are stored sealed (secret-box.ts), bound to their user's id. The pending
// secret of an enrolment in progress is sealed the same way, so confirming moves it as is.
const totpContext = (userId: string) => `User.totpSecret:${userId}`;

export function sealTotpSecret(secret: string, userId: string, key: SecretKey = secretKey()): string {
  return seal(secret, key, totpContext(userId));
}

/** The plain secret; throws SecretUnreadableError when this key cannot open it. */
export function openTotpSecret(stored: string, userId: string, key: SecretKey = secretKey()): string {
  return open(stored, key, totpContext(userId));
}

export type TotpSealReport = { sealed: number; unreadable: string[] };

/**
 * Start-up: seals TOTP secrets stored in plain text by versions before encryption at rest, and
 * names the accounts whose sealed secret this key cannot open (a lost or wrong key: those
 * users sign in with a recovery code and enrol again).
 */
export async function sealStoredTotpSecrets(db: PrismaClient, key: SecretKey = secretKey()): Promise<TotpSealReport> {
  const users = await db.user.findMany({
    where: { OR: [{ totpSecret: { not: null } }, { totpPendingSecret: { not: null } }] },
    select: { id: true, email: true, totpSecret: true, totpPendingSecret: true },
  });
  let sealed = 0;
  const unreadable: string[] = [];
  for (const user of users) {
    const data: { totpSecret?: string; totpPendingSecret?: string } = {};
    for (const field of ['totpSecret', 'totpPendingSecret'] as const) {
      const stored = user[field];
      if (stored === null) continue;
      if (!isSealed(stored)) {
        data[field] = sealTotpSecret(stored, user.id, key);
        continue;
      }
      try {
        openTotpSecret(stored, user.id, key);
      } catch {
        if (field === 'totpSecret') unreadable.push(user.email);
      }
    }
    if (Object.keys(data).length === 0) continue;
    // Compare-and-set: a concurrent enrolment's value is not overwritten with an older one.
    const updated = await db.user.updateMany({
      where: { id: user.id, totpSecret: user.totpSecret, totpPendingSecret: user.totpPendingSecret },
      data,
    });
    sealed += updated.count;
  }
  return { sealed, unreadable };
}
