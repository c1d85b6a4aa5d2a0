// `npm run bench`: builds a benchmark database at the scale of a decade of rounds on PostgreSQL
// and on PGlite, runs the scenarios of docs/performance.md against the production API process (and a raw
// node:http + pg baseline where one makes sense), prints a table and one line per figure:
//   bench <name> value=<x> target=<y> <pass|fail>
// `--small` runs the same on a small data set with short runs (CI runs it so it cannot rot).
// `--only=mobile` runs only the first load on a phone (mobile.ts: Lighthouse on the public pages
// and the workbenches); the full run ends with it.
// Figures never fail the command: they are read, not asserted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startCountingProxy } from './counting-proxy.js';
import { mobileFigures } from './mobile.js';
import { timeStatistics } from './statistics-comparison.js';
import { BENCH_ADMIN, fillBenchData } from './bench-database.js';
import { FULL, SMALL, type Scale } from './generate.js';
import {
  ensurePostgres,
  serverPid,
  freePort,
  gql,
  login,
  median,
  procStats,
  repoRoot,
  sleep,
  startApi,
  startRaw,
  withDatabase,
  LIST_QUERY,
} from './system.js';

const small = process.argv.includes('--small');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
/** Lighthouse runs per page: the worst of them is the figure. */
const mobileRuns = small ? 1 : 2;
const scale: Scale = small ? SMALL : FULL;
const runSeconds = small ? 5 : 10;
const pairs = small ? 1 : 3;
/** Load before S1's measured pairs (and PGlite's), on each server: the JIT's warm-up. */
const warmUpSeconds = small ? 5 : 12;
const ADMIN = BENCH_ADMIN;
const schemaText = readFileSync(join(repoRoot, 'apps/api/schema.graphql'), 'utf8');
const has = (field: string) => new RegExp(`^\\s+${field}[(:]`, 'm').test(schemaText);

type Figure = {
  name: string;
  value: number | null;
  target: string;
  pass: (v: number) => boolean;
  unit: string;
  note?: string;
};
const figures: Figure[] = [];
const record = (f: Figure) => figures.push(f);

const fill = (databaseOptions: { databaseUrl?: string; dataDir?: string }) => fillBenchData(databaseOptions, scale);

async function load(url: string, body: string, cookie: string, seconds = runSeconds, connections = 10) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    body,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  if (only === 'mobile') {
    for (const f of await mobileFigures({ runs: mobileRuns })) record(f);
    report();
    return;
  }
  console.log(
    `Benchmark data set: ${scale.organisations} organisations, ${scale.applications} applications, ${scale.years} years × 2 rounds${small ? ' (small)' : ''}`,
  );
  const serverUrl = ensurePostgres();
  const maintenance = new pg.Client({ connectionString: serverUrl });
  await maintenance.connect();
  await maintenance.query('DROP DATABASE IF EXISTS sme_bench');
  await maintenance.query('CREATE DATABASE sme_bench');
  await maintenance.end();
  const pgUrl = withDatabase(serverUrl, 'sme_bench');
  const fillPg = await fill({ databaseUrl: pgUrl });
  console.log(`PostgreSQL filled in ${(fillPg / 1000).toFixed(1)} s`);

  // The API connects to PostgreSQL directly, as the raw baseline and a production deployment do:
  // the counting proxy is a JavaScript relay in this process, which also drives the load, so in
  // the API's path it would put a hop and a share of the two cores into the API's figures only
  // (in three alternating pairs, the list through it 206-249 req/s, direct 210-260). Statements
  // are counted at the end, by a second start of the API behind the proxy.
  const api = await startApi({ DATABASE_URL: pgUrl }, await freePort());
  const pid = serverPid(api.child.pid ?? 0);
  record({
    name: 'cold_start_postgres_ms',
    value: api.coldStartMs,
    target: '≤ 2000',
    pass: (v) => v <= 2000,
    unit: 'ms',
  });
  const cookie = await login(api.url, ADMIN.email, ADMIN.password);
  const raw = await startRaw(pgUrl);

  // The same bytes from both, or the comparison means nothing.
  const listBody = JSON.stringify({ query: LIST_QUERY, variables: { first: 50 } });
  const viaApi = await (
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: listBody,
    })
  ).text();
  const viaRaw = await (
    await fetch(`${raw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: listBody,
    })
  ).text();
  const identical = viaApi.trimEnd() === viaRaw.trimEnd();
  if (!identical) {
    let at = 0;
    while (at < viaApi.length && viaApi[at] === viaRaw[at]) at++;
    console.warn(
      `! raw baseline differs from the API's answer at byte ${at}:\n  api …${viaApi.slice(Math.max(0, at - 80), at + 120)}\n  raw …${viaRaw.slice(Math.max(0, at - 80), at + 120)}`,
    );
  }

  // S1: statements per list request, then throughput alternating API and raw.
  await sleep(500);
  const idle = procStats(pid).rssMiB;
  // Recorded here, so that the table keeps its order; counted at the end (statementsPer).
  const listStatements: Figure = {
    name: 'list_sql_statements',
    value: null,
    target: '≤ 4',
    pass: (v) => v <= 4,
    unit: 'statements',
  };
  record(listStatements);

  const ratios: number[] = [];
  const apiRps: number[] = [];
  let peak = idle;
  let cpuMs = 0;
  let requests = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, procStats(pid).rssMiB)), 200);
  // Both servers warm up under the same load first (JIT, statement plans, pools), so that the
  // pairs measure the steady state rather than the first seconds of compilation: 20 sequential
  // requests left the small run's single pair measuring 8–13 ms of CPU per request where a
  // warmed server spends 7–8. At full scale a fresh API took ~12 s of the list load to settle
  // (its CPU per request in successive 4-second windows: 12.2, 9.3, 8.4, then 7.6–9.5), so
  // a 3-second warm-up left the first pair measuring compilation.
  await load(api.url, listBody, cookie, warmUpSeconds);
  await load(raw.url, listBody, cookie, warmUpSeconds);
  for (let i = 0; i < pairs; i++) {
    const cpu0 = procStats(pid).cpuMs;
    const a = await load(api.url, listBody, cookie);
    cpuMs += procStats(pid).cpuMs - cpu0;
    requests += a.total;
    const r = await load(raw.url, listBody, cookie);
    apiRps.push(a.rps);
    ratios.push(a.rps / r.rps);
    console.log(
      `  S1 pair ${i + 1}: API ${a.rps.toFixed(1)} req/s (p50 ${a.p50} ms, ${a.errors} errors) · raw ${r.rps.toFixed(1)} req/s`,
    );
  }
  clearInterval(sampler);
  record({
    name: 'list_throughput_ratio',
    value: median(ratios),
    target: '≥ 0.5',
    pass: (v) => v >= 0.5,
    unit: '×',
    note: identical ? undefined : 'answers differ',
  });
  record({ name: 'list_throughput_postgres', value: median(apiRps), target: 'info', pass: () => true, unit: 'req/s' });
  record({
    name: 'list_cpu_per_request_ms',
    value: cpuMs / Math.max(1, requests),
    target: '≤ 8',
    pass: (v) => v <= 8,
    unit: 'ms',
  });
  record({ name: 'rss_idle_mib', value: idle, target: '≤ 150', pass: (v) => v <= 150, unit: 'MiB' });
  record({ name: 'rss_peak_list_mib', value: peak, target: '≤ 300', pass: (v) => v <= 300, unit: 'MiB' });
  await raw.stop();

  // S2: one application's detail page.
  const detailFields = [
    'status',
    'version',
    'functions',
    'allowedActions',
    'organisation { name creditCode }',
    'round { name }',
  ];
  if (has('facts')) detailFields.push('facts { totalAssetsYuan smesServedLastYear }');
  if (has('eligibility')) detailFields.push('eligibility { eligible checks { article passed } }');
  if (has('materials')) detailFields.push('materials { kind current { fileName sizeBytes sha256 } }');
  if (has('timeline')) detailFields.push('timeline { at action status actor note }');
  const someId = Buffer.from(`Application:ba${Math.floor(scale.applications * 0.97)}`).toString('base64');
  const detailBody = JSON.stringify({
    query: `query ($id: ID!) { application(id: $id) { ${detailFields.join(' ')} } }`,
    variables: { id: someId },
  });
  const probe = (await (
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: detailBody,
    })
  ).json()) as { errors?: unknown };
  if (probe.errors) console.warn(`! detail query errors: ${JSON.stringify(probe.errors).slice(0, 300)}`);
  const detailStatements: Figure = {
    name: 'detail_sql_statements',
    value: null,
    target: '≤ 8',
    pass: (v) => v <= 8,
    unit: 'statements',
  };
  record(detailStatements);
  const detail = await load(api.url, detailBody, cookie);
  record({ name: 'detail_p50_ms', value: detail.p50, target: '≤ 50', pass: (v) => v <= 50, unit: 'ms' });

  // S3: statistics against the same figures in hand-written SQL (statistics-baseline.ts: the
  // API's definitions, written lean by hand), alternating, and the figures compared first. The
  // ratio is the median of the rounds' ratios, as S1's is of its pairs'; two warm-up rounds
  // first, so that neither side's first plan is timed. (Five rounds without a warm-up, as
  // ratio of medians, gave 0.95–1.26 for the same code at full scale.)
  if (has('statistics')) {
    const {
      apiMs: times,
      sqlMs: hand,
      ratios,
      difference,
    } = await timeStatistics({ apiUrl: api.url, cookie, pgUrl, rounds: small ? 15 : 9, warmUps: 2 });
    record({ name: 'statistics_ms', value: median(times), target: 'info', pass: () => true, unit: 'ms' });
    record({ name: 'statistics_sql_ms', value: median(hand), target: 'info', pass: () => true, unit: 'ms' });
    record({
      name: 'statistics_vs_sql_ratio',
      value: median(ratios),
      target: '≤ 1.25',
      pass: (v) => v <= 1.25,
      unit: '×',
      note: difference ? 'figures differ' : undefined,
    });
  } else {
    console.log('  S3 skipped: no statistics field in the schema yet');
  }

  // S4: write throughput of a workflow action with its audit and timeline rows.
  if (has('decideApplications')) {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    const under = (
      await client.query(`SELECT id, version FROM "Application" WHERE status = 'UNDER_REVIEW' ORDER BY id LIMIT 2000`)
    ).rows as { id: string; version: number }[];
    await client.end();
    let done = 0;
    const started = performance.now();
    const deadline = started + runSeconds * 1000;
    await Promise.all(
      Array.from({ length: 4 }, async (_, worker) => {
        for (let k = worker; k < under.length && performance.now() < deadline; k += 4) {
          const row = under[k];
          if (!row) break;
          const r = await gql(
            api.url,
            'mutation ($input: DecideApplicationsInput!) { decideApplications(input: $input) { __typename } }',
            {
              input: {
                applicationIds: [Buffer.from(`Application:${row.id}`).toString('base64')],
                outcome: 'PASSED',
                note: '基准',
              },
            },
            cookie,
          );
          await r.text();
          done += 1;
        }
      }),
    );
    record({
      name: 'decide_writes_per_s',
      value: done / ((performance.now() - started) / 1000),
      target: 'info',
      pass: () => true,
      unit: 'req/s',
    });
  } else {
    console.log('  S4 skipped: no decideApplications mutation in the schema yet');
  }

  // S7: a legitimate query's p99 while query bombs run: 20 concurrent signed-out 1,000-alias
  // bombs, as a hostile probe would send them. The server's CPU per bomb is the load-independent
  // figure (the bench process generating the bombs shares the machine).
  const bomb = JSON.stringify({
    query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: noticePeriod(publishedOn: "2026-10-08") { endsOn }`).join(' ')} }`,
  });
  let bombing = true;
  let bombs = 0;
  const bombCpu0 = procStats(pid).cpuMs;
  const bombers = Array.from({ length: 20 }, async () => {
    while (bombing) {
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: bomb,
      })
        .then((r) => r.text())
        .catch(() => undefined);
      bombs += 1;
    }
  });
  const me = await load(api.url, JSON.stringify({ query: '{ me { email } }' }), cookie, runSeconds, 2);
  bombing = false;
  await Promise.all(bombers);
  const bombCpu = procStats(pid).cpuMs - bombCpu0;
  record({
    name: 'me_p99_under_bombs_ms',
    value: me.total > 0 ? me.p99 : null,
    target: '≤ 250',
    pass: (v) => v <= 250,
    unit: 'ms',
    note: `${me.total} answered, ${me.errors} errors, beside ${bombs} bombs`,
  });
  record({
    name: 'server_cpu_per_request_under_bombs_ms',
    value: bombs + me.total > 0 ? bombCpu / (bombs + me.total) : null,
    target: 'info',
    pass: () => true,
    unit: 'ms',
  });

  await api.stop();

  // Statements per request, counted at the wire by the proxy in front of PostgreSQL, on a second
  // start of the API: the same build and data, the proxy's cost kept out of the figures above.
  const target = new URL(pgUrl);
  const proxy = await startCountingProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const counted = await startApi({ DATABASE_URL: withDatabase(serverUrl, 'sme_bench', proxy.port) }, await freePort());
  const countedCookie = await login(counted.url, ADMIN.email, ADMIN.password);
  const statementsPer = async (body: string, n: number) => {
    const send = () =>
      fetch(`${counted.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: countedCookie },
        body,
      }).then((r) => r.text());
    await send(); // the process's first request of this shape (prepared statements, caches)
    const before = proxy.statements();
    for (let i = 0; i < n; i++) await send();
    return (proxy.statements() - before) / n;
  };
  listStatements.value = await statementsPer(listBody, 20);
  detailStatements.value = await statementsPer(detailBody, 10);
  await counted.stop();
  await proxy.close();

  // PGlite: a first start on an empty data directory (the fresh clone's `npm start`: new
  // database, migrations, demo data), then the same list on the embedded database.
  const freshDir = mkdtempSync(join(tmpdir(), 'sme-bench-fresh-'));
  try {
    const fresh = await startApi({ DATA_DIR: freshDir, DATABASE_URL: '', SEED_DEMO: 'true' }, await freePort());
    record({
      name: 'cold_start_pglite_fresh_ms',
      value: fresh.coldStartMs,
      target: '≤ 5000',
      pass: (v) => v <= 5000,
      unit: 'ms',
    });
    await fresh.stop();
  } finally {
    rmSync(freshDir, { recursive: true, force: true });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'sme-bench-'));
  try {
    const fillLite = await fill({ dataDir: join(dataDir, 'pglite') });
    console.log(`PGlite filled in ${(fillLite / 1000).toFixed(1)} s`);
    const lite = await startApi({ DATA_DIR: dataDir, DATABASE_URL: '' }, await freePort());
    record({
      name: 'cold_start_pglite_ms',
      value: lite.coldStartMs,
      target: '≤ 2000',
      pass: (v) => v <= 2000,
      unit: 'ms',
    });
    const liteCookie = await login(lite.url, ADMIN.email, ADMIN.password);
    await load(lite.url, listBody, liteCookie, warmUpSeconds); // as PostgreSQL's API was
    const rps: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const r = await load(lite.url, listBody, liteCookie);
      console.log(`  PGlite list: ${r.rps.toFixed(1)} req/s (p50 ${r.p50} ms, ${r.errors} errors)`);
      rps.push(r.rps);
    }
    record({ name: 'list_throughput_pglite', value: median(rps), target: 'info', pass: () => true, unit: 'req/s' });
    record({
      name: 'pglite_vs_postgres_ratio',
      value: median(rps) / median(apiRps),
      target: '≥ 0.5',
      pass: (v) => v >= 0.5,
      unit: '×',
    });
    await lite.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  for (const f of await mobileFigures({ runs: mobileRuns })) record(f);
  report();
}

function report() {
  console.log('\n| figure | value | target | |\n| --- | --- | --- | --- |');
  for (const f of figures) {
    const v = f.value === null ? 'n/a' : `${Number(f.value.toFixed(2))} ${f.unit}`;
    console.log(
      `| ${f.name} | ${v} | ${f.target} | ${f.value === null ? '' : f.pass(f.value) ? 'pass' : 'fail'}${f.note ? ` (${f.note})` : ''} |`,
    );
  }
  console.log('');
  for (const f of figures) {
    const verdict = f.value === null ? 'n/a' : f.pass(f.value) ? 'pass' : 'fail';
    console.log(
      `bench ${f.name} value=${f.value === null ? 'n/a' : Number(f.value.toFixed(2))} target=${f.target.replace(/\s+/g, '')} ${verdict}`,
    );
  }
}

await main();
process.exit(0);
