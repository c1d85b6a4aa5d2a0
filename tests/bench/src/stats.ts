// `npm run bench:stats`: S3 alone — the `statistics` query through the production API process
// against the same four figures in hand-written SQL (statistics-baseline.ts), alternating,
// medians of BENCH_N rounds each, and the figures compared. Small data set on PostgreSQL unless
// BENCH_SCALE=full. BENCH_DB names the database (default sme_bench_stats); BENCH_REUSE=1 keeps an
// existing one.
import pg from 'pg';
import { BENCH_ADMIN, benchDatabase } from './bench-database.js';
import { FULL, SMALL } from './generate.js';
import { STATISTICS_QUERY, compareStatistics, statisticsBySql, type StatisticsFigures } from './statistics-baseline.js';
import { freePort, gql, login, median, startApi } from './system.js';

const ADMIN = BENCH_ADMIN;
const N = Number(process.env.BENCH_N ?? 15);
const scale = process.env.BENCH_SCALE === 'full' ? FULL : SMALL;

const dbName = process.env.BENCH_DB ?? 'sme_bench_stats';
const { pgUrl } = await benchDatabase(dbName, scale);

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
