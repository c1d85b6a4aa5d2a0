import { formatCertificateNumber } from '@sme/domain';
import type { Tx } from '../../db.js';

/**
 * The next certificate number of a round (Art. 9): SMEPSP-<year>-<round>-<serial>-<check>.
 * The serial comes from one counter row per year and round, incremented in the caller's
 * transaction (INSERT … ON CONFLICT DO UPDATE … RETURNING): the row lock makes concurrent
 * awards take turns, and a rolled-back award rolls its numbers back with it, so no number
 * is ever issued twice or skipped silently. A number already held by an imported title is
 * passed over, never reused.
 */
export async function nextCertificateNumber(tx: Tx, round: { year: number; sequence: number }): Promise<string> {
  const name = `certificate:${round.year}-${round.sequence}`;
  for (;;) {
    const rows = await tx.$queryRaw<{ value: number }[]>`
      INSERT INTO "Counter" ("name", "value") VALUES (${name}, 1)
      ON CONFLICT ("name") DO UPDATE SET "value" = "Counter"."value" + 1
      RETURNING "value"`;
    const serial = Number(rows[0]?.value);
    const number = formatCertificateNumber({ year: round.year, round: round.sequence, serial });
    const taken = await tx.accreditation.findUnique({ where: { certificateNumber: number }, select: { id: true } });
    if (!taken) return number;
  }
}
