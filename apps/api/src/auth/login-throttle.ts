import { prisma } from '../db.js';
import { recordAudit } from '../audit/record-audit.js';

// Brute-force protection for `login`: failures are counted per account and per
// client address in the database, so every API process behind a load balancer shares them.
// An attempt is counted BEFORE the password is checked, so a hundred parallel guesses cannot
// all slip through before the first failure is written: only the first LIMIT get checked.
// Past the limit the key is locked, each lock-out longer than the one before.

export type ThrottlePolicy = { limit: number; windowMs: number; lockMs: readonly number[] };

export const ACCOUNT_POLICY: ThrottlePolicy = {
  limit: 5,
  windowMs: 15 * 60_000,
  lockMs: [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000],
};
// An office behind one NAT address shares this, so it is looser than the account's.
export const ADDRESS_POLICY: ThrottlePolicy = {
  limit: 30,
  windowMs: 15 * 60_000,
  lockMs: [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000],
};

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

export function throttleKeys(email: string, ip: string): ThrottleKey[] {
  return [
    { key: `account:${email}`, policy: ACCOUNT_POLICY },
    { key: `ip:${ip}`, policy: ADDRESS_POLICY },
  ];
}

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

async function ensureRow(key: string, now: Date) {
  const existing = await prisma().loginThrottle.findUnique({ where: { key } });
  if (existing) return existing;
  try {
    return await prisma().loginThrottle.create({ data: { key, windowStartedAt: now } });
  } catch {
    // Another process created it at the same moment.
    return prisma().loginThrottle.findUniqueOrThrow({ where: { key } });
  }
}

function retryAfter(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}

// Locks the key unless another attempt already did; the one that locks writes the single
// audit event of this lock-out.
async function lock(
  key: string,
  policy: ThrottlePolicy,
  lockouts: number,
  now: Date,
  audit: { ip: string },
): Promise<Date> {
  const until = new Date(now.getTime() + policy.lockMs[Math.min(lockouts, policy.lockMs.length - 1)]!);
  const won = await prisma().loginThrottle.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { lockedUntil: until, lockouts: { increment: 1 }, failures: 0, windowStartedAt: until },
  });
  if (won.count === 1) {
    await prisma().$transaction((tx) =>
      recordAudit(
        tx,
        { actorId: null, ip: audit.ip },
        {
          action: 'auth.lockedOut',
          entityType: 'LoginThrottle',
          entityId: key,
          data: { key, until: until.toISOString(), lockout: lockouts + 1 },
        },
      ),
    );
  }
  return until;
}

/** Counts this attempt against every key; refuses it when a key is locked or over its limit. */
export async function admitAttempt(keys: ThrottleKey[], ip: string, now = new Date()): Promise<Admission> {
  let refusedFor = 0;
  for (const { key, policy } of keys) {
    const row = await ensureRow(key, now);
    if (row.lockedUntil && row.lockedUntil > now) {
      refusedFor = Math.max(refusedFor, retryAfter(row.lockedUntil, now));
      continue;
    }
    if (row.windowStartedAt.getTime() + policy.windowMs < now.getTime()) {
      await prisma().loginThrottle.updateMany({
        where: { key, windowStartedAt: row.windowStartedAt },
        data: { failures: 0, windowStartedAt: now },
      });
    }
    const counted = await prisma().loginThrottle.update({ where: { key }, data: { failures: { increment: 1 } } });
    // Judge by the row as this increment left it: a parallel attempt may have locked the key
    // (and reset its count) since the read above; without this, attempts in flight during the
    // lock were admitted with a fresh count (10 password checks out of 100 parallel guesses).
    if (counted.lockedUntil && counted.lockedUntil > now) {
      refusedFor = Math.max(refusedFor, retryAfter(counted.lockedUntil, now));
      continue;
    }
    if (counted.failures > policy.limit) {
      const until = await lock(key, policy, counted.lockouts, now, { ip });
      refusedFor = Math.max(refusedFor, retryAfter(until, now));
    }
  }
  return refusedFor > 0 ? { allowed: false, retryAfterSeconds: refusedFor } : { allowed: true };
}

/** After a failed check: lock the keys that reached their limit. */
export async function recordFailure(keys: ThrottleKey[], ip: string, now = new Date()): Promise<void> {
  for (const { key, policy } of keys) {
    const row = await prisma().loginThrottle.findUnique({ where: { key } });
    if (row && row.failures >= policy.limit) await lock(key, policy, row.lockouts, now, { ip });
  }
}

/** Takes back this attempt's count (it was not a failure): the password was right. */
export async function undoAttempt(keys: ThrottleKey[]): Promise<void> {
  for (const { key } of keys) {
    await prisma().loginThrottle.updateMany({
      where: { key, failures: { gt: 0 } },
      data: { failures: { decrement: 1 } },
    });
  }
}

/** After a successful sign-in: the account's count starts again; the address's attempt is
 * taken back (an office behind one address signs in many times a day). */
export async function recordSuccess(keys: ThrottleKey[]): Promise<void> {
  const account = keys.find((k) => k.key.startsWith('account:'));
  if (account)
    await prisma().loginThrottle.updateMany({ where: { key: account.key }, data: { failures: 0, lockouts: 0 } });
  await undoAttempt(keys.filter((k) => k !== account));
  // Rows of addresses and unknown e-mails that stopped trying are tidied now and then.
  if (Math.random() < 0.01) {
    await prisma().loginThrottle.deleteMany({
      where: { updatedAt: { lt: new Date(Date.now() - 7 * 86_400_000) }, lockedUntil: null },
    });
  }
}
