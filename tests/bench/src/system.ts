// Starting what the benchmark measures: PostgreSQL, the API process, the raw baseline, and
// reading a process's CPU time and memory from /proc.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The server URL (maintenance database) to create the benchmark database on; starts the local cluster like .ci/run. */
export function ensurePostgres(): string {
  if (process.env.BENCH_POSTGRES_URL) return process.env.BENCH_POSTGRES_URL;
  const sh = (cmd: string) => execSync(cmd, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const version = sh('ls /etc/postgresql 2>/dev/null | sort -n | tail -1').trim();
  if (!version)
    throw new Error('No PostgreSQL here: install it (apt-get install -y postgresql) or set BENCH_POSTGRES_URL');
  try {
    sh(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`);
  } catch {
    // already running
  }
  for (let i = 0; i < 30; i++) {
    try {
      sh('pg_isready -q -h 127.0.0.1');
      break;
    } catch {
      execSync('sleep 1');
    }
  }
  sh(
    `su postgres -c "psql -q -c \\"DO \\\\$\\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sme_bench') THEN CREATE ROLE sme_bench LOGIN SUPERUSER PASSWORD 'sme_bench'; END IF; END \\\\$\\\\$\\""`,
  );
  return 'postgresql://sme_bench:sme_bench@127.0.0.1:5432/postgres';
}

export function withDatabase(serverUrl: string, database: string, port?: number): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  if (port) url.port = String(port);
  return url.toString();
}

export type ApiProcess = { child: ChildProcess; url: string; coldStartMs: number; stop(): Promise<void> };

/**
 * `npm start`'s command (apps/api's start script: `[NAME=value …] node <flags> dist/main.js`):
 * its environment assignments and node flags, so the figures are production's.
 */
function productionCommand(): { env: Record<string, string>; flags: string[] } {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'apps/api/package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/).filter(Boolean);
  const node = words.indexOf('node');
  const env = Object.fromEntries(
    words
      .slice(0, Math.max(0, node))
      .map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
  );
  return { env, flags: words.slice(node + 1).filter((word) => word.startsWith('--')) };
}

/** The API as `npm start` runs it in production, on `env`'s database, timed to its first answered query. */
export async function startApi(env: Record<string, string>, port: number): Promise<ApiProcess> {
  const built = join(repoRoot, 'apps/api/dist/main.js');
  const production = productionCommand();
  const [command, args] = existsSync(built)
    ? [process.execPath, [...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? production.flags), built]]
    : [join(repoRoot, 'apps/api/node_modules/.bin/tsx'), ['src/main.ts']];
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...production.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Production with PostgreSQL refuses to start without the key that seals two-factor secrets.
    SECRET_ENCRYPTION_KEY: process.env.SECRET_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
    // Production on PostgreSQL requires administrators to use two-factor sign-in; the bench's
    // admin signs in with a password only, and would be refused every list (measuring errors).
    REQUIRE_ADMIN_2FA: 'false',
    // No job runner: its first pass over a decade of data (a reminder for every due title, info
    // request and spot check, then their e-mails, drained every 5 s) ran inside the measured
    // windows — 11–14 statements per list request in the first batches instead of 3, and its
    // CPU in the list's. Production runs it in the API process or in a process of its own.
    JOBS: 'false',
    ...env,
  };
  for (const [key, value] of Object.entries(childEnv)) if (value === '') delete childEnv[key];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: join(repoRoot, 'apps/api'),
    env: childEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited during start (${child.exitCode})`);
    try {
      const r = await gql(url, '{ __typename }');
      if (r.status === 200) break;
    } catch {
      // not yet listening
    }
    if (performance.now() - started > 120_000) throw new Error('API did not answer within 120 s');
    await sleep(25);
  }
  const coldStartMs = performance.now() - started;
  return { child, url, coldStartMs, stop: () => stopChild(child) };
}

export async function startRaw(
  databaseUrl: string,
): Promise<{ child: ChildProcess; url: string; stop(): Promise<void> }> {
  const child = spawn(
    join(repoRoot, 'tests/bench/node_modules/.bin/tsx'),
    [join(repoRoot, 'tests/bench/src/raw-server.ts')],
    {
      env: { ...process.env, RAW_DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      const m = /RAW_LISTENING (\d+)/.exec(c.toString());
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`raw server exited (${code})`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The console's applications list as the bench asks for it (S1): a page of 50 with its relations and total. */
export const LIST_QUERY = `query Applications($first: Int!) { applications(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id status functions updatedAt organisation { id name creditCode } round { id name } } } } }`;

export function gql(url: string, query: string, variables?: unknown, cookie?: string) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const r = await gql(url, 'mutation ($input: LoginInput!) { login(input: $input) { __typename } }', {
    input: { email, password },
  });
  const cookie = r.headers.get('set-cookie')?.split(';')[0];
  const body = (await r.json()) as { data?: { login?: { __typename: string } } };
  if (!cookie || body.data?.login?.__typename !== 'LoginSuccess')
    throw new Error(`login failed: ${JSON.stringify(body)}`);
  return cookie;
}

/** The process that really serves: tsx runs the server in a child node process of its own. */
export function serverPid(pid: number): number {
  let current = pid;
  for (;;) {
    let children: string[] = [];
    try {
      children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return current;
    }
    if (children.length === 0) return current;
    current = Number(children[children.length - 1]);
  }
}

/** CPU time (user + system, ms) and resident memory (MiB) of a process, from /proc. */
export function procStats(pid: number): { cpuMs: number; rssMiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs: (ticks * 1000) / 100, rssMiB: rssKb / 1024 };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

export function freePort(): Promise<number> {
  return import('node:net').then(
    ({ createServer }) =>
      new Promise((resolve) => {
        const s = createServer();
        s.listen(0, '127.0.0.1', () => {
          const a = s.address();
          s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
        });
      }),
  );
}
