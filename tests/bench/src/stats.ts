// `npm run bench:stats`: S3 alone — the `statistics` query through the production API process
// against the same four figures in hand-written SQL (statistics-baseline.ts), alternating,
// medians of BENCH_N rounds each, and the figures compared. Small data set on PostgreSQL unless
// BENCH_SCALE=full. BENCH_DB names the database (default sme_bench_stats); BENCH_REUSE=1 keeps an
// existing one.
import pg from 'pg';
import { createDatabase, hashPassword } from '@sme/db';
import { FULL, SMALL, generationSql } from './generate.js';
import { STATISTICS_QUERY, compareStatistics, statisticsBySql, type StatisticsFigures } from './statistics-baseline.js';
import { ensurePostgres, freePort, gql, login, median, startApi, withDatabase } from './system.js';

const ADMIN = { email: 'bench-admin@bench.test', password: 'bench-password-1' };
const N = Number(process.env.BENCH_N ?? 15);
const scale = process.env.BENCH_SCALE === 'full' ? FULL : SMALL;

const dbName = process.env.BENCH_DB ?? 'sme_bench_stats';
const serverUrl = ensurePostgres();
const maintenance = new pg.Client({ connectionString: serverUrl });
await maintenance.connect();
const exists = (await maintenance.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount;
const pgUrl = withDatabase(serverUrl, dbName);
if (!exists || process.env.BENCH_REUSE !== '1') {
  await maintenance.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await maintenance.query(`CREATE DATABASE ${dbName}`);
  const db = await createDatabase({ databaseUrl: pgUrl, migrate: true });
  const admin = await db.prisma.user.create({
    data: { email: ADMIN.email, displayName: '基准管理员', passwordHash: await hashPassword(ADMIN.password), roles: ['ADMIN'] },
  });
  const started = performance.now();
  for (const sql of generationSql(scale, admin.id)) await db.prisma.$executeRawUnsafe(sql);
  console.log(`filled ${dbName} (${scale.applications} applications) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await db.close();
} else {
  // Migrations added since the fill (an index, say) apply to the reused database too.
  const db = await createDatabase({ databaseUrl: pgUrl, migrate: true });
  await db.close();
}
await maintenance.end();

const api = await startApi({ DATABASE_URL: pgUrl }, await freePort());
const cookie = await login(api.url, ADMIN.email, ADMIN.password);
const client = new pg.Client({ connectionString: pgUrl });
await client.connect();

async function viaApi(): Promise<StatisticsFigures> {
  const body = (await (await gql(api.url, STATISTICS_QUERY, undefined, cookie)).json()) as { data?: { statistics: StatisticsFigures }; errors?: unknown };
  if (!body.data) throw new Error(`statistics failed: ${JSON.stringify(body.errors)}`);
  return body.data.statistics;
}

for (let i = 0; i < 3; i++) await Promise.all([viaApi(), statisticsBySql(client)]).then(() => undefined); // warm up
const difference = compareStatistics(await viaApi(), await statisticsBySql(client));
if (difference) console.warn(`! statistics differ from the hand-written SQL: ${difference}`);

const apiMs: number[] = [];
const sqlMs: number[] = [];
const floorMs: number[] = [];
for (let i = 0; i < N; i++) {
  // The floor: a signed-in request that reads no statistics (session, GraphQL, HTTP).
  const t0 = performance.now();
  await (await gql(api.url, '{ me { email } }', undefined, cookie)).text();
  floorMs.push(performance.now() - t0);
  let t = performance.now();
  await viaApi();
  apiMs.push(performance.now() - t);
  t = performance.now();
  await statisticsBySql(client);
  sqlMs.push(performance.now() - t);
}
await client.end();
await api.stop();
console.log(`bench statistics_ms value=${median(apiMs).toFixed(1)}`);
console.log(`bench signed_in_floor_ms value=${median(floorMs).toFixed(1)}`);
console.log(`bench statistics_sql_ms value=${median(sqlMs).toFixed(1)}`);
console.log(`bench statistics_vs_sql_ratio value=${(median(apiMs) / median(sqlMs)).toFixed(2)} target=≤ 1.25`);
process.exit(0);
