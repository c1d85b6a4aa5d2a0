// Hardening: query-cost limits, body cap, introspection, masked
// errors with correlation ids, NUL bytes and dates at the edge, security headers, forwarded
// addresses and security logging. Each test fails on the server as it was before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPrisma } from '../db.js';
import { buildServer } from '../server.js';
import { startTestServer, type TestServer, signedInClient } from '../testing/test-server.js';

let server: TestServer;
const logLines: Record<string, unknown>[] = [];
const logStream = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };

beforeAll(async () => {
  server = await startTestServer({ server: { logStream, logLevel: 'info' } });
});
afterAll(async () => {
  await server?.close();
});

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  url = server.url,
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: (text.startsWith('{') ? JSON.parse(text) : {}) as Body,
  };
}

const codes = (body: Body) => (body.errors ?? []).map((e) => e.extensions?.code);

describe('query cost limits (armor) refuse before execution', () => {
  it('refuses 1,000 aliases signed out, and a normal query still answers', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `a${i}: noticePeriod(publishedOn: "2026-10-09") { endsOn }`,
    ).join(' ');
    const started = Date.now();
    const { body } = await post(`{ ${aliases} }`);
    expect(body.data).toBeUndefined();
    expect(codes(body)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(Date.now() - started).toBeLessThan(2000);
    const fifty = Array.from(
      { length: 50 },
      (_, i) => `a${i}: noticePeriod(publishedOn: "2026-10-09") { endsOn }`,
    ).join(' ');
    expect(JSON.stringify((await post(`{ ${fifty} }`)).body.errors)).toMatch(/alias/i);
    expect((await post('{ me { email } }')).body).toEqual({ data: { me: null } });
  });

  it('refuses depth 80 with a validation error, not an internal one', async () => {
    let selection = 'id';
    for (let i = 0; i < 40; i++) selection = `membership { organisation { ${selection} } }`;
    const { body } = await post(`{ me { organisation { ${selection} } } }`);
    expect(codes(body)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(codes(body)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body.errors)).toMatch(/depth/i);
  });

  it('refuses a body over 100 KB with 413 before parsing it', async () => {
    const { status, text, body } = await post(`{ me { email } } # ${'x'.repeat(200 * 1024)}`);
    expect(status).toBe(413);
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    // in the caller's language: Chinese unless asked for English
    expect((body as { message?: string }).message).toBe('请求内容过大。');
    const en = await post(`{ me { email } } # ${'x'.repeat(200 * 1024)}`, undefined, { 'accept-language': 'en' });
    expect((en.body as { message?: string }).message).toBe('The request body is too large.');
  });

  it('refuses bombs before the context is built: 400 without a database round trip, signed in or not', async () => {
    // A signed-in bomb used to look its session up before Armor refused it inside Apollo (with
    // HTTP 500); twenty at once then queued that work in front of every normal request.
    const analyst = await signedInClient(server.url, 'analyst@example.com');
    const cookie = analyst.sessionCookie!;
    const bombs = [
      `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: workingDayCalendar(year: 2026) { date }`)
        .join(' ')
        .slice(0, 90_000)} }`,
      `{ ${'__typename '.repeat(2900)} }`,
      `{ ${'me { organisation { '.repeat(40)} id ${'} } '.repeat(40)} }`,
    ];
    setPrisma(
      new Proxy({} as never, {
        get: () => {
          throw new Error('the database was asked');
        },
      }),
    );
    try {
      for (const bomb of bombs) {
        const { status, body } = await post(bomb, undefined, { cookie });
        expect(status).toBe(400);
        expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        expect(JSON.stringify(body.errors)).toMatch(/Token limit|depth limit/);
      }
    } finally {
      setPrisma(server.db.prisma, server.db.dataVersion);
    }
    expect(logLines.some((l) => l.event === 'graphql.rejected' && typeof l.correlationId === 'string')).toBe(true);
  });

  it('refuses many tokens even without aliases', async () => {
    const { body } = await post(`{ me { ${'email '.repeat(5000)} } }`);
    expect(codes(body)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body.errors)).toMatch(/token/i);
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';
  it('is refused to signed-out callers and members', async () => {
    expect(codes((await post(INTROSPECT)).body)).toEqual(['FORBIDDEN']);
    const member = await signedInClient(server.url, 'member@example.com');
    expect(codes((await member.request(INTROSPECT)) as Body)).toEqual(['FORBIDDEN']);
    expect(codes((await post('{ __type(name: "User") { name } }')).body)).toEqual(['FORBIDDEN']);
  });
  it("is open to signed-in staff (the analysts' explorer)", async () => {
    const analyst = await signedInClient(server.url, 'analyst@example.com');
    expect((await analyst.request(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
  it('does not suggest field names to strangers', async () => {
    const { body } = await post('{ mee { email } }');
    expect(JSON.stringify(body.errors)).not.toMatch(/Did you mean/);
  });
});

describe('errors', () => {
  it('masks an unexpected error: opaque message, correlation id, full detail only in the log', async () => {
    setPrisma(
      new Proxy({} as never, {
        get: () => {
          throw new Error('boom in /secret/path/db.ts with P2010 raw query failed');
        },
      }),
    );
    let result: Awaited<ReturnType<typeof post>>;
    try {
      result = await post('{ noticePeriod(publishedOn: "2026-10-09") { endsOn } }');
    } finally {
      setPrisma(server.db.prisma, server.db.dataVersion);
    }
    const error = result.body.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.text).not.toMatch(/boom|secret|P2010|stacktrace|\.ts/);
    const correlationId = error?.extensions?.correlationId;
    expect(correlationId).toBe(result.headers.get('x-request-id'));
    expect(error?.message).toContain(String(correlationId));
    const logged = logLines.find((l) => l.event === 'error.internal' && l.correlationId === correlationId);
    expect(JSON.stringify(logged)).toContain('boom in /secret/path/db.ts');
  });

  it('refuses a NUL byte as bad input, never a database error', async () => {
    const { status, text, body } = await post(
      'mutation ($input: LoginInput!) { login(input: $input) { __typename } }',
      {
        input: { email: 'admin\u0000@example.com', password: 'x' },
      },
    );
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(text).not.toMatch(/prisma|P20\d\d|22021|invalid byte/i);
  });

  it.each([
    ['login', 'mutation { login(input: { email: "a\\u0000@example.com", password: "x" }) { __typename } }'],
    ['register', '{ register(name: "\\u0000") { totalCount } }'],
    ['certificate', '{ certificate(number: "SMEPSP\\u0000") { status } }'],
    ['objectionReceipt', '{ objectionReceipt(receiptNumber: "\\u0000") { status } }'],
  ])(
    'refuses a NUL written as an escape inside the query text (%s) as bad input, before any resolver',
    async (_name, query) => {
      expect(query).toContain('\\u0000');
      const { status, text, body } = await post(query);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toMatch(/NUL/);
      expect(codes(body)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(text).not.toMatch(/prisma|P20\d\d|22021|invalid byte/i);
      const english = await post(query, undefined, { 'accept-language': 'en' });
      expect(english.body.errors?.[0]?.message).toBe('The input contains a NUL character, which is not allowed.');
    },
  );

  it.each(['0001-01-01', '9999-12-31'])('refuses the date %s at the edge', async (date) => {
    const admin = await signedInClient(server.url, 'admin@example.com');
    const result = (await admin.request(
      'mutation ($date: Date!) { setWorkingDay(date: $date, isWorkingDay: true, note: "x") { __typename } }',
      { date },
    )) as Body;
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await server.db.prisma.workingDayOverride.count({ where: { date: new Date(`${date}T00:00:00Z`) } })).toBe(0);
  });

  it.each([
    ['a negative first', '{ register(first: -1) { totalCount } }'],
    ['a negative last', '{ register(last: -1, before: "x") { totalCount } }'],
    ['a cursor no page handed out', '{ register(first: 5, after: "not-a-cursor") { totalCount } }'],
    ['before with first', '{ register(first: 5, before: "x") { totalCount } }'],
    ['before with after', '{ register(last: 5, before: "x", after: "y") { totalCount } }'],
  ])(
    "answers %s in paging as bad input, in the caller's language, never as an internal error",
    async (_what, query) => {
      const zh = await post(query);
      expect(codes(zh.body)).toEqual(['BAD_USER_INPUT']);
      expect(zh.body.errors?.[0]?.message).toMatch(/^分页参数无效/);
      const en = await post(query, undefined, { 'accept-language': 'en' });
      expect(en.body.errors?.[0]?.message).toMatch(/^Invalid paging/);
    },
  );

  it.each([
    ['a missing brace', '{ me { email }'],
    ['an unterminated string', '{ certificate(number: "ABC) { status } }'],
    ['a lone surrogate escape', '{ certificate(number: "\\ud800") { status } }'],
  ])('answers a query with %s as a syntax error (400), never as an internal error', async (_what, query) => {
    const answer = await post(query);
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuses an amount beyond what the database holds (1e308 元) as a field error, and saves nothing', async () => {
    const member = await signedInClient(server.url, 'member@example.com');
    const rounds = await member.request<{ openRounds: { id: string }[] }>('{ openRounds { id } }');
    const created = await member.request<{ createDraftApplication: { data?: { id: string; version: number } } }>(
      'mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) { ... on CreateDraftApplicationSuccess { data { id version } } } }',
      { input: { roundId: rounds.data?.openRounds[0]?.id, functions: ['TRAINING'] } },
    );
    const applicationId = created.data?.createDraftApplication.data?.id;
    expect(applicationId).toBeTruthy();
    const saved = await member.request<{
      saveApplicationFacts: { __typename: string; fieldErrors?: { path: string[]; message: string }[] };
    }>(
      'mutation ($input: SaveApplicationFactsInput!) { saveApplicationFacts(input: $input) { __typename ... on ValidationError { fieldErrors { path message } } } }',
      { input: { applicationId, facts: { totalAssetsYuan: 1e308 } } },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveApplicationFacts.__typename).toBe('ValidationError');
    expect(saved.data?.saveApplicationFacts.fieldErrors?.[0]).toMatchObject({
      path: expect.arrayContaining(['totalAssetsYuan']),
      message: expect.stringMatching(/数值过大/),
    });
  });

  it('logs a FORBIDDEN attempt with actor and correlation id, and no secrets', async () => {
    const member = await signedInClient(server.url, 'member@example.com');
    const result = (await member.request('{ spotChecks { id } }')) as Body;
    expect(codes(result)).toEqual(['FORBIDDEN']);
    const logged = logLines.find(
      (l) => l.event === 'security.forbidden' && l.actor !== null && JSON.stringify(l.path) === '["spotChecks"]',
    );
    expect(logged).toMatchObject({ actor: { roles: ['MEMBER'] }, correlationId: expect.any(String) });
    expect(JSON.stringify(logLines)).not.toMatch(/demo1234|sme_session=/);
  });
});

describe('security headers', () => {
  it('sends CSP with frame-ancestors, nosniff and a referrer policy on every route; HSTS only over HTTPS', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/readyz']) {
      const response = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

describe('readiness and liveness', () => {
  it('answers /readyz separately from /healthz', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});

describe('X-Forwarded-For', () => {
  const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { __typename } }';
  const input = { email: 'reviewer@example.com', password: 'demo1234' };

  it('is ignored by default: the audit trail keeps the connecting address', async () => {
    await post(LOGIN, { input }, { 'x-forwarded-for': '203.0.113.9' });
    const last = await server.db.prisma.auditEvent.findFirst({
      where: { action: 'auth.login' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(last?.ip).toBe('127.0.0.1');
  });

  it('is believed only from a configured proxy, and HSTS follows its X-Forwarded-Proto', async () => {
    const proxied = await buildServer({ databaseKind: server.db.kind, logLevel: 'warn', trustProxy: ['127.0.0.1/32'] });
    await proxied.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = proxied.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      // The client claims 198.51.100.7; the proxy appends the address it saw.
      const { headers } = await post(
        LOGIN,
        { input },
        { 'x-forwarded-for': '198.51.100.7, 203.0.113.9', 'x-forwarded-proto': 'https' },
        url,
      );
      const last = await server.db.prisma.auditEvent.findFirst({
        where: { action: 'auth.login' },
        orderBy: { occurredAt: 'desc' },
      });
      expect(last?.ip).toBe('203.0.113.9');
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    } finally {
      await proxied.close();
    }
  });
});

describe('per-request log lines', () => {
  const requestLines = (lines: Record<string, unknown>[]) =>
    lines.filter((l) => l.msg === 'incoming request' || l.msg === 'request completed');

  it('are off at the default level, so start-up and security events are not drowned', async () => {
    await post('{ me { email } }');
    // this file's server logs at info and has answered every request above as well
    expect(logLines.length).toBeGreaterThan(0);
    expect(requestLines(logLines)).toEqual([]);
  });

  it('come back at LOG_LEVEL=debug, one line in and one out per request', async () => {
    const lines: Record<string, unknown>[] = [];
    const debug = await buildServer({
      databaseKind: server.db.kind,
      logLevel: 'debug',
      logStream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    await debug.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = debug.server.address();
      await post(
        '{ me { email } }',
        undefined,
        {},
        `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      );
      expect(requestLines(lines).map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    } finally {
      await debug.close();
    }
  });
});
