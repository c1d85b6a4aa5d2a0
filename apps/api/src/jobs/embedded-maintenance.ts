// The embedded database's nightly upkeep (PGlite only; a PostgreSQL server has autovacuum).
// Measured on a decade of data (docs/performance.md): the console list's count 37.6 → 8.5 ms and
// its page 4.3 → 2.7 ms after one VACUUM (ANALYZE). When it runs is chosen so nobody waits:
// - at a quiet hour, Beijing time: the one embedded connection is busy for ~1–2 s per large
//   table, and transactions wait for it (@sme/db's PGLITE_TRANSACTION_MAX_WAIT_MS);
// - never at a database's first sight (a new database is small, and a start is when people and
//   tests are busiest): the first pass is the next quiet night;
// - once a night, by a mark kept in the database: PGlite's statistics, where PostgreSQL notes its
//   vacuums, start empty at every open.
import { vacuumEachTable, type PrismaClient } from '@sme/db';
import { hourInShanghai } from '../clock.js';

/** The `Counter` row that keeps when the upkeep last ran (or first saw the database), in minutes since 1970. */
export const EMBEDDED_UPKEEP_MARK = 'embedded-database-upkeep-minute';

/** Beijing hours in which the upkeep may run: from 02:00 to before 05:00. */
export const EMBEDDED_UPKEEP_HOURS = { from: 2, to: 5 } as const;

/** Less than a day, so a pass at 04:50 does not push the next night's past its window. */
const EMBEDDED_UPKEEP_EVERY_MS = 20 * 60 * 60_000;

export type EmbeddedUpkeep =
  | { ran: false; reason: 'first-seen' | 'done-recently' | 'not-quiet-hours' }
  | { ran: true; tables: string[]; ms: number };

/** Runs the upkeep when it is due (see above); the job runner asks at each reminder scan. */
export async function maintainEmbeddedDatabase(prisma: PrismaClient, now: Date): Promise<EmbeddedUpkeep> {
  const minute = Math.floor(now.getTime() / 60_000);
  const mark = await prisma.counter.findUnique({ where: { name: EMBEDDED_UPKEEP_MARK } });
  if (!mark) {
    // An upsert: two runners (tests) seeing a new database at once must not fail on the key.
    await prisma.counter.upsert({
      where: { name: EMBEDDED_UPKEEP_MARK },
      create: { name: EMBEDDED_UPKEEP_MARK, value: minute },
      update: {},
    });
    return { ran: false, reason: 'first-seen' };
  }
  if ((minute - mark.value) * 60_000 < EMBEDDED_UPKEEP_EVERY_MS) return { ran: false, reason: 'done-recently' };
  const hour = hourInShanghai(now);
  if (hour < EMBEDDED_UPKEEP_HOURS.from || hour >= EMBEDDED_UPKEEP_HOURS.to)
    return { ran: false, reason: 'not-quiet-hours' };
  const started = performance.now();
  const tables = await vacuumEachTable(prisma);
  await prisma.counter.update({ where: { name: EMBEDDED_UPKEEP_MARK }, data: { value: minute } });
  return { ran: true, tables, ms: Math.round(performance.now() - started) };
}
