import type { PrismaClient } from './generated/prisma/client';

/**
 * The embedded database's transactions may wait this long to start (Prisma's `maxWait`, 2 s by
 * default). PGlite is one connection: a transaction starts only once the statement before it has
 * finished, and the nightly upkeep's VACUUM of the largest table takes ~1–2 s on a decade of data
 * (docs/architecture.md, "Jobs"). A mutation arriving then must wait, not fail.
 */
export const PGLITE_TRANSACTION_MAX_WAIT_MS = 15_000;

/**
 * VACUUM (ANALYZE) of each of the schema's tables, one statement per table, largest first; returns
 * the tables' names. For the embedded database, which runs PostgreSQL in single-user mode where
 * autovacuum never runs: without it its tables never get a visibility map (every `count(*)` reads
 * the whole table) nor fresh planner statistics, and dead rows pile up. One statement per table,
 * not one VACUUM of everything, so that a transaction waiting for the one connection gets it
 * between two tables rather than after all of them (~3 s on a decade of data).
 */
export async function vacuumEachTable(prisma: PrismaClient): Promise<string[]> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
    ORDER BY pg_total_relation_size(c.oid) DESC, c.relname`;
  for (const { name } of tables) {
    // A name from the catalogue, quoted as an identifier (VACUUM takes no bound parameters).
    await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "${name.replaceAll('"', '""')}"`);
  }
  return tables.map((table) => table.name);
}
