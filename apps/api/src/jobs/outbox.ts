import type { PrismaClient } from '@sme/db';
import type { Mailer } from './mailer.js';

export const MAX_ATTEMPTS = 8;
const LEASE_SECONDS = 300;

type Claimed = { id: string; to: string; subject: string; body: string; createdAt: Date; attempts: number };

/**
 * Sends what the outbox holds. A batch is claimed in one statement — rows not sent, not leased
 * by another worker (or whose lease lapsed: that worker died), locked with FOR UPDATE SKIP LOCKED
 * so concurrent workers on PostgreSQL take disjoint rows without waiting on each other — and
 * leased for five minutes. Sending happens outside any transaction (an SMTP round-trip must not
 * hold a database connection, and on PGlite the only one); each row is then marked sent, or its
 * error recorded and retried later with back-off. At-least-once: a worker that dies after the
 * SMTP server accepted a message but before marking it sends it again after the lease.
 */
export async function processOutbox(
  prisma: PrismaClient,
  mailer: Mailer,
  batchSize = 20,
): Promise<{ sent: number; failed: number }> {
  const claimed = await prisma.$queryRaw<Claimed[]>`
    UPDATE "EmailOutbox" SET "lockedUntil" = now() + (${LEASE_SECONDS} * interval '1 second'), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "sentAt" IS NULL AND "attempts" < ${MAX_ATTEMPTS} AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
      ORDER BY "createdAt", "id"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "body", "createdAt", "attempts"`;
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await mailer.send({
        id: mail.id,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
        createdAt: mail.createdAt,
      });
      await prisma.emailOutbox.update({
        where: { id: mail.id },
        data: { sentAt: new Date(), lockedUntil: null, lastError: null },
      });
      sent++;
    } catch (error) {
      // Back-off: 1, 2, 4 … minutes before the next attempt.
      const retryAt = new Date(Date.now() + 60_000 * 2 ** Math.min(mail.attempts - 1, 10));
      await prisma.emailOutbox.update({
        where: { id: mail.id },
        data: {
          lastError: String(error instanceof Error ? error.message : error).slice(0, 2000),
          lockedUntil: retryAt,
        },
      });
      failed++;
    }
  }
  return { sent, failed };
}
