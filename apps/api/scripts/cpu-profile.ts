// In-process CPU measurement of one GraphQL request shape: buildServer on an existing database,
// app.inject (no sockets), process.cpuUsage() over N requests, optionally a V8 profile of the loop.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createDatabase } from '@sme/db';
import { setPrisma } from '../src/db.js';
import { buildServer } from '../src/server.js';
import { setSessionSettings } from '../src/settings.js';

const LIST = `query Applications($first: Int!) { applications(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id status functions updatedAt organisation { id name creditCode } round { id name } } } } }`;
// S2 of the bench: one application's detail page (the small data set's application ba4850).
const DETAIL = `query ($id: ID!) { application(id: $id) { status version functions allowedActions organisation { name creditCode } round { name }
  facts { totalAssetsYuan smesServedLastYear } eligibility { eligible checks { article passed } } materials { kind current { fileName sizeBytes sha256 } }
  timeline { at action status actor note } } }`;
const which = process.env.Q ?? 'list';
const query =
  which === 'me' ? '{ me { email } }' : which === 'typename' ? '{ __typename }' : which === 'detail' ? DETAIL : LIST;
const variables =
  which === 'detail'
    ? { id: Buffer.from(`Application:${process.env.ID ?? 'ba4850'}`).toString('base64') }
    : { first: 50 };
const N = Number(process.env.N ?? 300);
const db = await createDatabase({ databaseUrl: process.env.DATABASE_URL! });
setPrisma(db.prisma);
setSessionSettings({ ttlHours: 1, idleMinutes: 30, cookieSecure: 'auto' });
const app = await buildServer({ databaseKind: db.kind, logLevel: 'warn' });
const login = await app.inject({
  method: 'POST',
  url: '/graphql',
  headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  payload: {
    query: 'mutation ($input: LoginInput!) { login(input: $input) { __typename } }',
    variables: { input: { email: 'bench-admin@bench.test', password: 'bench-password-1' } },
  },
});
const cookie = String(login.headers['set-cookie']).split(';')[0]!;
const one = () =>
  app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    payload: { query, variables },
  });
const first = await one();
if (first.json().errors) console.log(first.body.slice(0, 400));
for (let i = 0; i < 50; i++) await one();
const session = new Session();
if (process.env.PROFILE) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < N; i++) await one();
const wall = (performance.now() - t0) / N;
const c = process.cpuUsage(c0);
if (process.env.PROFILE) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.PROFILE, JSON.stringify(profile));
}
console.log(
  `${which}: ${wall.toFixed(2)} ms wall/request one at a time, ${((c.user + c.system) / 1000 / N).toFixed(2)} ms CPU/request (user ${(c.user / 1000 / N).toFixed(2)}, system ${(c.system / 1000 / N).toFixed(2)}); RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`,
);
await app.close();
await db.close();
