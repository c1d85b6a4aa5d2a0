import { verifyPassword } from '@sme/db';
import { DEMO_PASSWORD, demoAccounts } from '@sme/db/seed';
import { prisma } from '../db.js';

// Accounts that still sign in with the README's published password. While any exists, both
// apps show a banner and the server warns at start. Checked against the hashes
// (argon2, ~50 ms each), so the answer is cached for a minute.
const TTL_MS = 60_000;
let cached: { at: number; value: Promise<string[]> } | undefined;

export function demoAccountsWithPublishedPassword(now = Date.now()): Promise<string[]> {
  if (!cached || now - cached.at > TTL_MS) {
    cached = { at: now, value: findThem() };
    cached.value.catch(() => {
      cached = undefined;
    });
  }
  return cached.value;
}

export function forgetDemoAccountCheck(): void {
  cached = undefined;
}

async function findThem(): Promise<string[]> {
  const users = await prisma().user.findMany({
    where: { email: { in: demoAccounts.map((a) => a.email) }, active: true },
    select: { email: true, passwordHash: true },
  });
  // Side by side on the thread pool rather than one after another.
  const published = await Promise.all(
    users.map((user) => verifyPassword(user.passwordHash, DEMO_PASSWORD).catch(() => false)),
  );
  return users
    .filter((_, index) => published[index])
    .map((user) => user.email)
    .sort();
}
