// `npm run bench:cpu`: the figures that stay meaningful on a busy machine, where wall-clock
// throughput is noise: SQL statements per request (exact, counted at the wire), the API
// process's CPU milliseconds per request and at start-up (from /proc, not wall time), and its
// resident memory idle and under a concurrent list load. Small data set on PostgreSQL.
// BENCH_DB names the database (default sme_bench_cpu); BENCH_REUSE=1 keeps an existing one.
import autocannon from 'autocannon';
import { startCountingProxy } from './counting-proxy.js';
import { BENCH_ADMIN, benchDatabase } from './bench-database.js';
import { SMALL } from './generate.js';
import { freePort, gql, login, procStats, serverPid, sleep, startApi, withDatabase, LIST_QUERY } from './system.js';

const ADMIN = BENCH_ADMIN;
const N = Number(process.env.BENCH_N ?? 200);

const dbName = process.env.BENCH_DB ?? 'sme_bench_cpu';
const { pgUrl, serverUrl } = await benchDatabase(dbName, SMALL);

const target = new URL(pgUrl);
const proxy = await startCountingProxy({ host: target.hostname, port: Number(target.port || 5432) });
const api = await startApi({ DATABASE_URL: withDatabase(serverUrl, dbName, proxy.port) }, await freePort());
const pid = serverPid(api.child.pid ?? 0);
const atStart = procStats(pid);
const startStatements = proxy.statements();
const out: Record<string, number> = {
  cold_start_wall_ms: Math.round(api.coldStartMs),
  cold_start_cpu_ms: atStart.cpuMs,
  cold_start_statements: startStatements,
};
const cookie = await login(api.url, ADMIN.email, ADMIN.password);

async function perRequest(name: string, query: string, variables: unknown) {
  for (let i = 0; i < 20; i++) await (await gql(api.url, query, variables, cookie)).text(); // warm up (JIT)
  const probe = (await (await gql(api.url, query, variables, cookie)).json()) as { errors?: unknown };
  if (probe.errors) console.warn(`! ${name}: ${JSON.stringify(probe.errors).slice(0, 300)}`);
  const s0 = proxy.statements();
  const c0 = procStats(pid).cpuMs;
  for (let i = 0; i < N; i++) await (await gql(api.url, query, variables, cookie)).text();
  out[`${name}_cpu_ms_per_request`] = Number(((procStats(pid).cpuMs - c0) / N).toFixed(2));
  out[`${name}_sql_statements`] = (proxy.statements() - s0) / N;
}

await sleep(500);
out.rss_idle_mib = Math.round(procStats(pid).rssMiB);
await perRequest('list', LIST_QUERY, { first: 50 });
const detailId = Buffer.from(`Application:ba${Math.floor(SMALL.applications * 0.97)}`).toString('base64');
await perRequest(
  'detail',
  `query ($id: ID!) { application(id: $id) { status version functions allowedActions organisation { name creditCode } round { name }
    timeline { at action status actor note } recommendations { decision } reviews { count average } } }`,
  { id: detailId },
);
await perRequest('me', '{ me { email } }', {});

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, procStats(pid).rssMiB)), 100);
const c0 = procStats(pid).cpuMs;
const result = await autocannon({
  url: `${api.url}/graphql`,
  method: 'POST',
  connections: 10,
  amount: N * 2,
  headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
  body: JSON.stringify({ query: LIST_QUERY, variables: { first: 50 } }),
});
clearInterval(sampler);
out.list_concurrent_cpu_ms_per_request = Number(
  ((procStats(pid).cpuMs - c0) / Math.max(1, result.requests.total)).toFixed(2),
);
out.rss_peak_list_mib = Math.round(Math.max(peak, procStats(pid).rssMiB));
out.rss_after_mib = Math.round(procStats(pid).rssMiB);

await api.stop();
await proxy.close();
for (const [k, v] of Object.entries(out)) console.log(`bench ${k} value=${v}`);
process.exit(0);
