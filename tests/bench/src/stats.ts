// `npm run bench:stats`: S3 alone — the `statistics` query through the production API process
// against the same four figures in hand-written SQL (statistics-baseline.ts), alternating: the
// medians of BENCH_N rounds each, the median of the rounds' ratios, and the figures compared.
// Small data set on PostgreSQL unless BENCH_SCALE=full. BENCH_DB names the database (default
// sme_bench_stats); BENCH_REUSE=1 keeps an existing one.
import { BENCH_ADMIN, benchDatabase } from './bench-database.js';
import { FULL, SMALL } from './generate.js';
import { timeStatistics } from './statistics-comparison.js';
import { freePort, login, median, startApi } from './system.js';

const ADMIN = BENCH_ADMIN;
const N = Number(process.env.BENCH_N ?? 15);
const scale = process.env.BENCH_SCALE === 'full' ? FULL : SMALL;

const dbName = process.env.BENCH_DB ?? 'sme_bench_stats';
const { pgUrl } = await benchDatabase(dbName, scale);

const api = await startApi({ DATABASE_URL: pgUrl }, await freePort());
const cookie = await login(api.url, ADMIN.email, ADMIN.password);
const { apiMs, sqlMs, ratios, floorMs } = await timeStatistics({
  apiUrl: api.url,
  cookie,
  pgUrl,
  rounds: N,
  warmUps: 3,
  withFloor: true,
});
await api.stop();
console.log(`bench statistics_ms value=${median(apiMs).toFixed(1)}`);
console.log(`bench signed_in_floor_ms value=${median(floorMs).toFixed(1)}`);
console.log(`bench statistics_sql_ms value=${median(sqlMs).toFixed(1)}`);
console.log(`bench statistics_vs_sql_ratio value=${median(ratios).toFixed(2)} target=≤ 1.25`);
process.exit(0);
