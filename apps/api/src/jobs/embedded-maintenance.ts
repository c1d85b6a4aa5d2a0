import type { PrismaClient } from '@sme/db';

/**
 * The embedded database's upkeep. A PostgreSQL server's autovacuum keeps its tables vacuumed and
 * their statistics current; PGlite runs PostgreSQL in single-user mode, where autovacuum never
 * runs, so without this its tables would never get a visibility map (every count reads the whole
 * table) nor fresh planner statistics, and dead rows would pile up. Measured on a decade of data
 * (100,000 applications, README Performance): the console list's count 37.6 → 8.5 ms and its
 * page 4.3 → 2.7 ms after one VACUUM (ANALYZE), which took ~2.8 s.
 */
export const EMBEDDED_MAINTENANCE_EVERY_MS = 24 * 60 * 60_000;

/** The `Counter` row that keeps when the upkeep last ran, in minutes since 1970. */
export const EMBEDDED_MAINTENANCE_MARK = 'embedded-database-vacuumed-minute';

/**
 * VACUUM (ANALYZE) when the last upkeep is more than `everyMs` ago, or never ran (a new database,
 * or one from before this job). The time is kept in the database itself: PGlite's statistics,
 * where PostgreSQL notes its vacuums, start empty at every open, so a process restarted daily
 * would vacuum at every start. Returns whether it ran. The one embedded connection waits while it
 * runs (~0.1–0.6 s on the demo data, ~3 s on a decade of data; once a day).
 */
export async function maintainEmbeddedDatabase(prisma: PrismaClient, now: Date, everyMs = EMBEDDED_MAINTENANCE_EVERY_MS): Promise<boolean> {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = await prisma.counter.findUnique({ where: { name: EMBEDDED_MAINTENANCE_MARK } });
  if (last && (minute - last.value) * 60_000 < everyMs) return false;
  await prisma.$executeRawUnsafe('VACUUM (ANALYZE)');
  await prisma.counter.upsert({ where: { name: EMBEDDED_MAINTENANCE_MARK }, create: { name: EMBEDDED_MAINTENANCE_MARK, value: minute }, update: { value: minute } });
  return true;
}
