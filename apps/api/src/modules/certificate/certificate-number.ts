import { formatCertificateNumber } from '@sme/domain';
import type { Tx } from '../../db.js';

/**
 * The next certificate number of a round (Art. 9): SMEPSP-<year>-<round>-<serial>-<check>.
 */
export function nextCertificateNumber(tx: Tx, round: { year: number; sequence: number }): Promise<string> {
  return allocateCertificateNumber(tx, `certificate:${round.year}-${round.sequence}`, (serial) =>
    formatCertificateNumber({ year: round.year, round: round.sequence, serial }),
  );
}

/**
 * The number of a title imported without one: LEGACY-<year of award>-<serial>. `reserved` holds
 * numbers not yet written that the same import gives explicitly to later rows.
 */
export function nextLegacyCertificateNumber(tx: Tx, year: string, reserved: ReadonlySet<string>): Promise<string> {
  return allocateCertificateNumber(
    tx,
    `legacy-certificate-${year}`,
    (serial) => `LEGACY-${year}-${String(serial).padStart(4, '0')}`,
    reserved,
  );
}

/**
 * Every certificate number, awarded or imported, comes from here. The serial comes from one
 * counter row per series, incremented in the caller's transaction (INSERT … ON CONFLICT DO
 * UPDATE … RETURNING): the row lock makes concurrent awards and imports take turns, and a
 * rolled-back transaction rolls its numbers back with it, so no number is issued twice. A number
 * already held by a title — an imported one that carried its old number, say — or reserved by the
 * caller is passed over, never reused.
 */
async function allocateCertificateNumber(
  tx: Tx,
  counter: string,
  format: (serial: number) => string,
  reserved: ReadonlySet<string> = new Set(),
): Promise<string> {
  for (;;) {
    const rows = await tx.$queryRaw<{ value: number }[]>`
      INSERT INTO "Counter" ("name", "value") VALUES (${counter}, 1)
      ON CONFLICT ("name") DO UPDATE SET "value" = "Counter"."value" + 1
      RETURNING "value"`;
    const number = format(Number(rows[0]?.value));
    if (reserved.has(number)) continue;
    const taken = await tx.accreditation.findUnique({ where: { certificateNumber: number }, select: { id: true } });
    if (!taken) return number;
  }
}
