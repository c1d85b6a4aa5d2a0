// `npm run bench:split`: where the list's time goes, per process. Under the S1 load (10
// connections, alternating the API and the raw baseline on the same database), the CPU per
// request of the server, of PostgreSQL (every postgres process) and of this process (the load
// generator), and how busy the whole machine was. Explains the list ratio: a server bound by its
// one JavaScript thread stops gaining throughput while the machine still has idle CPU.
// BENCH_DB names an existing benchmark database (default sme_bench, which `npm run bench` fills).
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { BENCH_ADMIN } from './bench-database.js';
import {
  ensurePostgres,
  freePort,
  login,
  procStats,
  serverPid,
  startApi,
  startRaw,
  withDatabase,
  LIST_QUERY,
} from './system.js';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

/** CPU milliseconds (user + system) of every PostgreSQL process. */
function postgresCpuMs(): number {
  let ms = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') ms += procStats(Number(entry)).cpuMs;
    } catch {
      // the process ended between listing and reading
    }
  }
  return ms;
}

/** Busy and total CPU milliseconds of the whole machine (all cores), from /proc/stat. */
function machineCpuMs(): { busy: number; all: number } {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  const all = ticks.reduce((a, b) => a + b, 0);
  return { busy: (all - ticks[3]! - ticks[4]!) * 10, all: all * 10 };
}

const pgUrl = withDatabase(ensurePostgres(), process.env.BENCH_DB ?? 'sme_bench');
const api = await startApi({ DATABASE_URL: pgUrl }, await freePort());
const raw = await startRaw(pgUrl);
try {
  const cookie = await login(api.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
  const body = JSON.stringify({ query: LIST_QUERY, variables: { first: 50 } });
  const load = (url: string, seconds: number) =>
    autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      connections: 10,
      duration: seconds,
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body,
    });
  const servers = [
    { name: 'api', url: api.url, pid: serverPid(api.child.pid ?? 0) },
    { name: 'raw', url: raw.url, pid: serverPid(raw.child.pid ?? 0) },
  ];
  for (const server of servers) await load(server.url, 2); // warm up (JIT, pools, plans)
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const server of servers) {
      const server0 = procStats(server.pid).cpuMs;
      const postgres0 = postgresCpuMs();
      const machine0 = machineCpuMs();
      const self0 = process.cpuUsage();
      const result = await load(server.url, SECONDS);
      const self = process.cpuUsage(self0);
      const machine = machineCpuMs();
      const n = Math.max(1, result.requests.total);
      const per = (ms: number) => `${(ms / n).toFixed(2)} ms`;
      console.log(
        `${server.name}: ${result.requests.average.toFixed(0)} req/s; per request: server ${per(procStats(server.pid).cpuMs - server0)}, ` +
          `PostgreSQL ${per(postgresCpuMs() - postgres0)}, load generator ${per((self.user + self.system) / 1000)}; ` +
          `machine ${(((machine.busy - machine0.busy) / (machine.all - machine0.all)) * 100).toFixed(0)} % busy`,
      );
    }
  }
} finally {
  await api.stop();
  await raw.stop();
}
