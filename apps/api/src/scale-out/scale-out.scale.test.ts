// `npm run test:scale-out`: two built API processes (dist/main.js, as `npm start` runs it) on one
// PostgreSQL database, one S3-compatible bucket (s3rver) and one SMTP server (a sink in this
// test), behind nginx configured with deploy/nginx/sme-proxy.conf — the deployment
// docs/operations.md describes. What a second process must not change: sessions, the sign-in
// throttle, one winner of every race, each e-mail sent once, files, and a drain on SIGTERM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type Database } from '@sme/db';
import { openSqlSession } from '@sme/db/backup';
import { seedDemoData } from '@sme/db/seed';
import S3rver from 's3rver';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../clock.js';
import { seedRules } from '../seed-rules.js';
import { s3FileStore, sha256Of } from '../storage/index.js';
import { samplePdf } from '../testing/sample-files.js';
import { GraphQLClient } from '../testing/test-server.js';
import { apiRoot, freePort, startBuiltApi, type BuiltApi } from '../system/built-api.js';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error('the scale-out test needs DATABASE_URL=postgresql://… (a role that may create databases)');

const work = mkdtempSync(join(tmpdir(), 'sme-scale-out-'));
const scratchName = `sme_scale_out_${randomBytes(4).toString('hex')}`;
/** The test's own database on DATABASE_URL's server, or, for a role that may not create one, its own schema there. */
let scratch: { kind: 'database' | 'schema'; url: string };
const S3_BUCKET = 'materials';

let s3: S3rver;
let smtp: SMTPServer;
/** What the SMTP sink received: one entry per message, with its Message-ID. */
const received: { messageId: string; to: string[] }[] = [];
let db: Database;
let a: BuiltApi;
let b: BuiltApi;
let proxy: { url: string; kind: 'nginx' | 'node'; stop(): Promise<void> };

/** A statement on the server's database DATABASE_URL names (creating and dropping the test's own). */
async function admin(sql: string) {
  const session = await openSqlSession({ databaseUrl: serverUrl });
  try {
    await session.query(sql);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  try {
    await admin(`CREATE DATABASE ${scratchName}`);
    const url = new URL(serverUrl);
    url.pathname = `/${scratchName}`;
    scratch = { kind: 'database', url: url.toString() };
  } catch (error) {
    console.warn(`CREATE DATABASE refused (${(error as Error).message}): the test uses a schema of its own instead.`);
    await admin(`CREATE SCHEMA ${scratchName}`);
    const url = new URL(serverUrl);
    url.searchParams.set('schema', scratchName);
    scratch = { kind: 'schema', url: url.toString() };
  }
  const databaseUrl = scratch.url;

  s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: join(work, 's3'),
    configureBuckets: [{ name: S3_BUCKET, configs: [] }],
  });
  const s3Port = (await s3.run()).port;

  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '',
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as { port: number }).port;

  const s3Settings = {
    endpoint: `http://127.0.0.1:${s3Port}`,
    bucket: S3_BUCKET,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  // The schema and the demo data (their files into the bucket), as an operator's first start
  // and a data load would leave them; the demo accounts give every role to sign in as.
  db = await createDatabase({
    databaseUrl,
    migrate: true,
    migrationsDir: join(apiRoot, '../../packages/db/prisma/migrations'),
  });
  const store = s3FileStore(s3Settings);
  await seedDemoData(db.prisma, {
    today: todayInShanghai(),
    rules: seedRules(),
    storeFile: (bytes, sha256) => store.put(bytes, sha256),
  });

  const [portA, portB, proxyPort] = [await freePort(), await freePort(), await freePort()];
  const shared = {
    DATABASE_URL: databaseUrl,
    SECRET_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    REQUIRE_ADMIN_2FA: 'false',
    STORAGE: 's3',
    S3_ENDPOINT: s3Settings.endpoint,
    S3_BUCKET,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'SME platforms <noreply@example.org>',
    JOBS: 'true',
    TRUST_PROXY: '127.0.0.1',
    PUBLIC_ORIGIN: `http://127.0.0.1:${proxyPort}`,
    DATA_DIR: join(work, 'data'),
  };
  [a, b] = await Promise.all([
    startBuiltApi({ ...shared, PORT: String(portA) }),
    startBuiltApi({ ...shared, PORT: String(portB) }),
  ]);
  proxy = await startProxy(proxyPort, [portA, portB]);
}, 240_000);

afterAll(async () => {
  await proxy?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await s3?.close();
  if (scratch?.kind === 'database') await admin(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
  if (scratch?.kind === 'schema') await admin(`DROP SCHEMA IF EXISTS ${scratchName} CASCADE`);
  rmSync(work, { recursive: true, force: true });
}, 120_000);

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { __typename } }';

/** A client that signed in through `url` (a process or the proxy). */
async function signedIn(url: string, email: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(url);
  await client.login(email);
  return client;
}

/** The same browser (its cookie) talking to another process. */
function sameBrowserOn(url: string, from: GraphQLClient): GraphQLClient {
  return new GraphQLClient(url, from.sessionCookie ? { cookie: from.sessionCookie } : {});
}

let draft: Promise<string> | undefined;
/** The demo member's draft application in the open round (created once), for the uploads. */
function draftOf(member: GraphQLClient): Promise<string> {
  draft ??= (async () => {
    const rounds = await member.request<{ openRounds: { id: string }[] }>('{ openRounds { id } }');
    const created = await member.request<{ createDraftApplication: { __typename: string; data?: { id: string } } }>(
      `mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) {
        __typename ... on CreateDraftApplicationSuccess { data { id } } } }`,
      { input: { roundId: rounds.data?.openRounds[0]?.id, functions: ['TRAINING'] } },
    );
    const id = created.data?.createDraftApplication.data?.id;
    if (!id) throw new Error(`no draft: ${JSON.stringify(created)}`);
    return id;
  })();
  return draft;
}

function upload(url: string, cookie: string, applicationId: string, kind: string, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'application/pdf' }), name);
  return fetch(`${url}/api/applications/${applicationId}/materials/${kind}`, {
    method: 'POST',
    headers: { 'apollo-require-preflight': 'true', cookie },
    body: form,
  }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }));
}

const DOCUMENTS = `query ($id: ID!) { application(id: $id) { materials { kind documents { id versions { id version sha256 } } } } }`;
type Documents = {
  application: {
    materials: {
      kind: string;
      documents: { id: string; versions: { id: string; version: number; sha256: string }[] }[];
    }[];
  };
};

describe('two API processes on one PostgreSQL, one bucket and one mail server', () => {
  it('accept each other’s sessions: signed in on A, the same cookie is the same user on B', async () => {
    const onA = await signedIn(a.url, 'member@example.com');
    const onB = sameBrowserOn(b.url, onA);
    const me = await onB.request<{ me: { email: string } | null }>('{ me { email } }');
    expect(me.data?.me?.email).toBe('member@example.com');
    // Signed out on B: A no longer knows the session either.
    await onB.request('mutation { logout }');
    const after = await sameBrowserOn(a.url, onA).request<{ me: { email: string } | null }>('{ me { email } }');
    expect(after.data?.me).toBeNull();
  });

  it('count failed sign-ins together: 3 on A and 2 on B lock the account on both', async () => {
    const attempt = (url: string, password: string) =>
      new GraphQLClient(url)
        .request<{ login: { __typename: string } }>(LOGIN, { input: { email: 'analyst@example.com', password } })
        .then((r) => r.data?.login.__typename);
    for (const url of [a.url, a.url, a.url, b.url, b.url])
      expect(await attempt(url, 'wrong password')).toBe('InvalidCredentialsError');
    // The sixth attempt, with the right password, is refused by whichever process gets it.
    expect(await attempt(a.url, 'demo1234')).toBe('LoginThrottledError');
    expect(await attempt(b.url, 'demo1234')).toBe('LoginThrottledError');
  });

  it('give a decision sent to both at once exactly one winner', async () => {
    const staffA = await signedIn(a.url, 'membership@example.com');
    const staffB = sameBrowserOn(b.url, staffA);
    const pending = await staffA.request<{ membershipRequests: { organisation: { id: string } }[] }>(
      '{ membershipRequests(status: PENDING) { organisation { id } } }',
    );
    const organisationId = pending.data?.membershipRequests[0]?.organisation.id;
    expect(organisationId).toBeTruthy();
    const APPROVE = `mutation ($input: ApproveMembershipInput!) { approveMembership(input: $input) { __typename } }`;
    const results = await Promise.all(
      [staffA, staffB, staffA, staffB].map((client) =>
        client.request<{ approveMembership: { __typename: string } }>(APPROVE, { input: { organisationId } }),
      ),
    );
    const outcomes = results.map((r) => r.data?.approveMembership.__typename ?? `errors: ${JSON.stringify(r.errors)}`);
    expect(outcomes.filter((o) => o === 'ApproveMembershipSuccess')).toHaveLength(1);
    // The others are told why (a refusal of the result union), never an internal error.
    expect(outcomes.filter((o) => o !== 'ApproveMembershipSuccess').every((o) => o.endsWith('Error'))).toBe(true);
    const memberships = await db.prisma.membership.count({
      where: { organisationId: Buffer.from(organisationId!, 'base64').toString().split(':')[1] },
    });
    expect(memberships).toBe(1);
  });

  it('take uploads of one kind through both as one document, and serve through B a file uploaded through A', async () => {
    const member = await signedIn(a.url, 'member@example.com');
    const applicationId = await draftOf(member);
    const cookie = member.sessionCookie ?? '';

    const files = Array.from({ length: 8 }, (_, i) => samplePdf(`premises ${i}`));
    const results = await Promise.all(
      files.map((file, i) =>
        upload(i % 2 ? b.url : a.url, cookie, applicationId, 'PREMISES_PROOF', file, `lease-${i}.pdf`),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const read = await sameBrowserOn(b.url, member).request<Documents>(DOCUMENTS, { id: applicationId });
    const premises = read.data?.application.materials.find((m) => m.kind === 'PREMISES_PROOF');
    expect(premises?.documents).toHaveLength(1);
    expect(premises?.documents[0]?.versions.map((v) => v.version).sort((x, y) => x - y)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);

    // A file uploaded through A (the first of the batch) comes back through B byte for byte.
    const fromA = files[0]!;
    const version = premises?.documents[0]?.versions.find((v) => v.sha256 === sha256Of(fromA));
    expect(version).toBeDefined();
    const download = await fetch(`${b.url}/api/materials/${version!.id}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(sha256Of(Buffer.from(await download.arrayBuffer()))).toBe(sha256Of(fromA));
  });

  it('send every message of the outbox exactly once with both job loops running', async () => {
    const rows = await db.prisma.emailOutbox.createManyAndReturn({
      data: Array.from({ length: 40 }, (_, i) => ({
        to: `scale-${i}@example.org`,
        subject: `第${i + 1}封测试邮件`,
        body: 'Sent once, whichever process claims it.',
      })),
      select: { id: true },
    });
    // Each loop claims rows every 5 s; wait until the outbox is empty.
    const deadline = Date.now() + 60_000;
    while ((await db.prisma.emailOutbox.count({ where: { sentAt: null } })) > 0) {
      if (Date.now() > deadline) throw new Error('the outbox did not drain within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Every row ever queued here (the demo data's mail too) reached the sink once, no more.
    const all = await db.prisma.emailOutbox.findMany({ select: { id: true } });
    const deliveries = new Map<string, number>();
    for (const message of received) deliveries.set(message.messageId, (deliveries.get(message.messageId) ?? 0) + 1);
    for (const row of all) expect(deliveries.get(`<${row.id}@sme-platforms>`), row.id).toBe(1);
    expect(received).toHaveLength(all.length);
    expect(rows).toHaveLength(40);
  });

  it('behind the proxy serve one signed-in user from both processes', async () => {
    const viaProxy = await signedIn(proxy.url, 'admin@example.com');
    const upstreams = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${proxy.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          cookie: viaProxy.sessionCookie ?? '',
        },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
      upstreams.add(response.headers.get('x-upstream') ?? '');
      expect(((await response.json()) as { data: { me: { email: string } } }).data.me.email).toBe('admin@example.com');
    }
    expect(upstreams.size, `${proxy.kind} spread requests over ${[...upstreams].join(', ')}`).toBe(2);
  });

  it('on SIGTERM, A finishes the upload it is receiving while B (and the proxy) keep serving', async () => {
    const member = await signedIn(b.url, 'member@example.com');
    const applicationId = await draftOf(member);
    const file = samplePdf('sent slowly while the process stops');
    const boundary = `----scale-out-${randomBytes(6).toString('hex')}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const body = Buffer.concat([head, file, tail]);
    const half = Math.floor(body.length / 2);

    // The upload to A starts: headers and half of the body…
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${a.url}/api/applications/${encodeURIComponent(applicationId)}/materials/AUDIT_REPORT`,
        {
          method: 'POST',
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(body.length),
            'apollo-require-preflight': 'true',
            cookie: member.sessionCookie ?? '',
          },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, half));
      setTimeout(() => {
        // …A is told to stop meanwhile…
        a.child.kill('SIGTERM');
        setTimeout(() => req.end(body.subarray(half)), 1_500);
      }, 500);
    });

    // …while it drains, B and the proxy answer (nginx passes requests on to B).
    await new Promise((resolve) => setTimeout(resolve, 900));
    const onB = await sameBrowserOn(b.url, member).request<{ me: { email: string } }>('{ me { email } }');
    expect(onB.data?.me.email).toBe('member@example.com');
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${proxy.url}/healthz`);
      expect(response.status).toBe(200);
      const query = await fetch(`${proxy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(query.status, 'a query sent through the proxy while A drains').toBe(200);
    }

    // …and the upload A was receiving is stored and answered.
    const answered = await inFlight;
    expect(answered.status, answered.body).toBe(201);
    const { code } = await a.exited;
    expect(code).toBe(0);
    const read = await sameBrowserOn(b.url, member).request<Documents>(DOCUMENTS, { id: applicationId });
    const audit = read.data?.application.materials.find((m) => m.kind === 'AUDIT_REPORT');
    expect(audit?.documents[0]?.versions.map((v) => v.sha256)).toContain(sha256Of(file));
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${proxy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
    }
  });
});

/**
 * nginx with the repository's proxy settings (deploy/nginx/sme-proxy.conf) in front of the
 * processes; where nginx is not installed, a plain round-robin proxy in Node stands in (the
 * run says so: CI installs nginx).
 */
async function startProxy(port: number, upstreamPorts: number[]): Promise<typeof proxy> {
  const nginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (nginx.error || process.env.SCALE_OUT_PROXY === 'node') {
    console.warn(
      `${nginx.error ? 'nginx is not installed (apt-get install -y nginx)' : 'SCALE_OUT_PROXY=node'}: a round-robin Node proxy stands in for nginx.`,
    );
    return startNodeProxy(port, upstreamPorts);
  }
  const dir = join(work, 'nginx');
  mkdirSync(dir, { recursive: true });
  const temp = (name: string) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  upstream sme_api {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      include ${join(apiRoot, '../../deploy/nginx/sme-proxy.conf')};
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  const child: ChildProcess = spawn('nginx', ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`nginx did not answer: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    kind: 'nginx',
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}

function startNodeProxy(port: number, upstreamPorts: number[]): Promise<typeof proxy> {
  let next = 0;
  const server: Server = createHttpServer((req, res) => {
    // The body is read first, so that a process refusing the connection (stopped) can be skipped
    // and the request sent whole to the next, as nginx does.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const forward = (tries: number) => {
        const upstream = upstreamPorts[next++ % upstreamPorts.length]!;
        const outgoing = httpRequest(
          {
            host: '127.0.0.1',
            port: upstream,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
          },
          (response) => {
            res.writeHead(response.statusCode ?? 502, { ...response.headers, 'x-upstream': `127.0.0.1:${upstream}` });
            response.pipe(res);
          },
        );
        outgoing.on('error', () => (tries > 1 ? forward(tries - 1) : res.writeHead(502).end()));
        outgoing.end(body);
      };
      forward(upstreamPorts.length);
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        kind: 'node',
        stop: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}
