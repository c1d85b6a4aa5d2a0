import { createHash, randomBytes } from 'node:crypto';

// TOTP (RFC 6238, 30 s, 6 digits — what every authenticator app speaks) through otplib, and
// one-time recovery codes for a lost phone. Codes are random (50 bits each), so a SHA-256 of
// them is enough to store; the plain codes are shown once, at enrolment.

export const TOTP_ISSUER = 'SME Platforms';

// otplib (and its crypto dependencies) on first use, not at start-up (README, Performance).
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
  const result = await verify({ secret, token: clean, epochTolerance: 30, ...(lastStep !== null ? { afterTimeStep: lastStep } : {}) }).catch(() => null);
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
