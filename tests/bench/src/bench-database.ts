// A named PostgreSQL database filled with the benchmark's generated data, for the scripts that
// measure one thing at a time (bench:cpu, bench:stats). BENCH_REUSE=1 keeps an existing one, so
// repeated measurements skip the fill; migrations added since the fill still apply to it.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { createDatabase, hashPassword, vacuumEachTable } from '@sme/db';
import { generationSql, type Scale } from './generate.js';
import { ensurePostgres, withDatabase } from './system.js';

/** The administrator the generated data set is read as. */
export const BENCH_ADMIN = { email: 'bench-admin@bench.test', password: 'bench-password-1' };

/** Creates (or, with BENCH_REUSE=1, reuses) database `name` at `scale`; returns its URL and the server's. */
export async function benchDatabase(name: string, scale: Scale): Promise<{ pgUrl: string; serverUrl: string }> {
  const serverUrl = ensurePostgres();
  const pgUrl = withDatabase(serverUrl, name);
  const maintenance = new pg.Client({ connectionString: serverUrl });
  await maintenance.connect();
  try {
    const exists = (await maintenance.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    if (exists && process.env.BENCH_REUSE === '1') {
      const db = await createDatabase({ databaseUrl: pgUrl, migrate: true });
      await db.close();
      return { pgUrl, serverUrl };
    }
    await maintenance.query(`DROP DATABASE IF EXISTS ${name}`);
    await maintenance.query(`CREATE DATABASE ${name}`);
  } finally {
    await maintenance.end();
  }
  const ms = await fillBenchData({ databaseUrl: pgUrl }, scale);
  console.log(`filled ${name} (${scale.applications} applications) in ${(ms / 1000).toFixed(1)} s`);
  return { pgUrl, serverUrl };
}

/**
 * Migrates a new database (PostgreSQL or PGlite), adds BENCH_ADMIN and the generated data; returns
 * the generation's milliseconds. The fill's writes are flushed before it returns (a checkpoint,
 * then the operating system's `sync`): a decade of data is ~1–2 GB of table and WAL files, and
 * the kernel writing them back in the background slowed whatever was measured next (the PGlite
 * cold start right after its fill measured ~2.0 s where the same data directory starts in ~1.9).
 */
export async function fillBenchData(
  databaseOptions: { databaseUrl?: string; dataDir?: string },
  scale: Scale,
): Promise<number> {
  const db = await createDatabase({ ...databaseOptions, migrate: true });
  let generationMs: number;
  try {
    const admin = await db.prisma.user.create({
      data: {
        email: BENCH_ADMIN.email,
        displayName: '基准管理员',
        passwordHash: await hashPassword(BENCH_ADMIN.password),
        roles: ['ADMIN'],
      },
    });
    const started = performance.now();
    for (const sql of generationSql(scale, admin.id)) await db.prisma.$executeRawUnsafe(sql);
    generationMs = performance.now() - started;
    // A decade of rows would have been vacuumed long ago (without it, every count(*) reads the
    // whole table): on PostgreSQL by the server's autovacuum, on the embedded database (which has
    // none) by the API's nightly upkeep, whose statements these are (apps/api jobs).
    if (databaseOptions.databaseUrl) await db.prisma.$executeRawUnsafe('VACUUM');
    else await vacuumEachTable(db.prisma);
    // Needs a superuser (or pg_checkpoint) on PostgreSQL; the role .ci/run creates is one.
    await db.prisma
      .$executeRawUnsafe('CHECKPOINT')
      .catch((error: unknown) => console.warn(`! no CHECKPOINT after the fill: ${String(error)}`));
  } finally {
    await db.close();
  }
  spawnSync('sync');
  return generationMs;
}
