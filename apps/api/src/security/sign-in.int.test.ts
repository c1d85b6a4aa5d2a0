// Sign-in security: brute-force throttling shared through the database, sessions
// (another user's sign-in, idle timeout, sign out everywhere, __Host- cookie), TOTP two-factor
// sign-in with recovery codes, administrators' enforcement, and the demo-password banner flag.
import { randomBytes } from 'node:crypto';
import { hashPassword } from '@sme/db';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/session.js';
import { secretKeyFrom } from '../auth/secret-box.js';
import { sealStoredTotpSecrets } from '../auth/two-factor.js';
import { secretKey, setSecretKey, setSecuritySettings, setSessionSettings } from '../settings.js';
import { forgetDemoAccountCheck } from './demo-accounts.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // Trusting the loopback proxy lets each test come "from" its own address.
  server = await startTestServer({ server: { trustProxy: ['127.0.0.1'] } });
});
afterAll(async () => {
  setSecuritySettings({ requireAdminTwoFactor: false });
  await server?.close();
});

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) {
  __typename ... on Error { message } ... on LoginThrottledError { retryAfterSeconds } } }`;
type LoginBody = { data?: { login: { __typename: string; retryAfterSeconds?: number } } };

async function login(
  email: string,
  password: string,
  from: string,
  extra: Record<string, string> = {},
  cookie?: string,
) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'x-forwarded-for': from,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password, ...extra } } }),
  });
  const body = (await response.json()) as LoginBody;
  return { kind: body.data?.login.__typename, body, setCookie: response.headers.get('set-cookie') };
}

let n = 0;
async function newUser(roles: string[] = ['REVIEWER']): Promise<string> {
  n += 1;
  const email = `user${n}-${Date.now()}@example.org`;
  await server.db.prisma.user.create({
    data: { email, displayName: `测试 ${n}`, passwordHash: await hashPassword('correct horse'), roles: roles as never },
  });
  return email;
}

describe('brute force', () => {
  it('locks an account after 5 failures, even for the right password, with one audit event and no per-guess rows', async () => {
    const email = await newUser();
    for (let i = 0; i < 5; i++)
      expect((await login(email, 'wrong', `198.51.100.${i + 1}`)).kind).toBe('InvalidCredentialsError');
    const locked = await login(email, 'correct horse', '198.51.100.50');
    expect(locked.kind).toBe('LoginThrottledError');
    expect(locked.body.data?.login.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.setCookie).toBeNull();
    expect(
      await server.db.prisma.auditEvent.count({ where: { action: 'auth.lockedOut', entityId: `account:${email}` } }),
    ).toBe(1);
    expect(await server.db.prisma.auditEvent.count({ where: { action: 'auth.loginFailed' } })).toBe(0);
  });

  it('the next lock-out lasts longer (progressive)', async () => {
    const email = await newUser();
    for (let i = 0; i < 6; i++) await login(email, 'wrong', '198.51.100.60');
    const first = await server.db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    // The lock passes…
    await server.db.prisma.loginThrottle.update({
      where: { key: first.key },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    for (let i = 0; i < 6; i++) await login(email, 'wrong', '198.51.100.61');
    const second = await server.db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: first.key } });
    expect(second.lockouts).toBe(2);
    const firstLength = first.lockedUntil!.getTime() - first.updatedAt.getTime();
    expect(second.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(firstLength);
  });

  it('answers 100 parallel guesses with at most 5 password checks', async () => {
    const email = await newUser();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => login(email, `guess-${i}`, `203.0.113.${i + 1}`)),
    );
    const checked = results.filter((r) => r.kind === 'InvalidCredentialsError').length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.kind === 'LoginThrottledError').length).toBeGreaterThanOrEqual(95);
    expect(
      await server.db.prisma.auditEvent.count({ where: { action: 'auth.lockedOut', entityId: `account:${email}` } }),
    ).toBe(1);
  });

  it('throttles one address guessing many accounts', async () => {
    const kinds = [];
    for (let i = 0; i < 32; i++) kinds.push((await login(`nobody${i}@example.org`, 'x', '192.0.2.77')).kind);
    expect(kinds.slice(0, 30).every((k) => k === 'InvalidCredentialsError')).toBe(true);
    expect(kinds.slice(30)).toEqual(['LoginThrottledError', 'LoginThrottledError']);
  });

  it('does not count successful sign-ins against a shared office address', async () => {
    for (let i = 0; i < 35; i++)
      expect((await login('analyst@example.com', 'demo1234', '192.0.2.88')).kind).toBe('LoginSuccess');
  });
});

describe('sessions', () => {
  it('signing in as another user ends the previous session of that browser', async () => {
    const browser = await signedInClient(server.url, 'member@example.com');
    const first = browser.sessionCookie!;
    await browser.login('reviewer@example.com');
    const replay = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: first },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(await replay.json()).toEqual({ data: { me: null } });
    expect((await browser.request<{ me: { email: string } }>('{ me { email } }')).data?.me.email).toBe(
      'reviewer@example.com',
    );
  });

  it('ends a session idle for longer than the idle timeout', async () => {
    const client = await signedInClient(server.url, 'member@example.com');
    const token = client.sessionCookie!.split('=')[1]!;
    await server.db.prisma.session.update({
      where: { tokenHash: hashToken(token) },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect((await client.request('{ me { email } }')).data).toEqual({ me: null });
    expect(await server.db.prisma.session.count({ where: { tokenHash: hashToken(token) } })).toBe(0);
  });

  it('signOutEverywhere ends every session of the user', async () => {
    const laptop = new GraphQLClient(server.url);
    const phone = new GraphQLClient(server.url);
    await laptop.login('unit@example.com');
    await phone.login('unit@example.com');
    const ended = await phone.request<{ signOutEverywhere: number }>('mutation { signOutEverywhere }');
    expect(ended.data?.signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect((await laptop.request('{ me { email } }')).data).toEqual({ me: null });
  });

  it('names the cookie __Host- and marks it Secure under HTTPS', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '192.0.2.5',
      },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email: 'member@example.com', password: 'demo1234' } },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-sme_session=[^;]+;/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    const me = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'x-forwarded-proto': 'https',
        cookie: cookie.split(';')[0]!,
      },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: { email: 'member@example.com' } } });
  });

  // Session fixation: a sibling subdomain or a plain-HTTP answer can plant the unprefixed cookie;
  // under HTTPS only the __Host- one (Secure, no Domain) is read.
  async function meWith(cookie: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie, ...headers },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    return ((await response.json()) as { data: { me: { email: string } | null } }).data.me;
  }

  it('ignores the unprefixed cookie under HTTPS, and the __Host- one over plain HTTP', async () => {
    const client = await signedInClient(server.url, 'member@example.com');
    const token = client.sessionCookie!.split('=')[1]!;
    expect(client.sessionCookie).toMatch(/^sme_session=/);
    expect(await meWith(`sme_session=${token}`)).toEqual({ email: 'member@example.com' });
    expect(await meWith(`sme_session=${token}`, { 'x-forwarded-proto': 'https' })).toBeNull();
    expect(await meWith(`__Host-sme_session=${token}`, { 'x-forwarded-proto': 'https' })).toEqual({
      email: 'member@example.com',
    });
    expect(await meWith(`__Host-sme_session=${token}`)).toBeNull();
  });

  it('reads only the __Host- cookie when the deployment is configured as HTTPS', async () => {
    const client = await signedInClient(server.url, 'member@example.com');
    const token = client.sessionCookie!.split('=')[1]!;
    setSessionSettings({ ttlHours: 1, idleMinutes: 30, cookieSecure: 'always' });
    try {
      expect(await meWith(`sme_session=${token}`)).toBeNull();
      expect(await meWith(`__Host-sme_session=${token}`)).toEqual({ email: 'member@example.com' });
    } finally {
      setSessionSettings({ ttlHours: 1, idleMinutes: 30, cookieSecure: 'auto' });
    }
  });
});

describe('two-factor sign-in (TOTP)', () => {
  const START = `mutation ($input: StartTwoFactorEnrolmentInput!) { startTwoFactorEnrolment(input: $input) {
    __typename ... on StartTwoFactorEnrolmentSuccess { data { secret otpauthUri } } } }`;
  const CONFIRM = `mutation ($input: ConfirmTwoFactorEnrolmentInput!) { confirmTwoFactorEnrolment(input: $input) {
    __typename ... on ConfirmTwoFactorEnrolmentSuccess { data { recoveryCodes } } } }`;
  type Start = { startTwoFactorEnrolment: { __typename: string; data: { secret: string; otpauthUri: string } } };
  type Confirm = { confirmTwoFactorEnrolment: { __typename: string; data: { recoveryCodes: string[] } } };

  async function enrol(client: GraphQLClient): Promise<{ secret: string; codes: string[] }> {
    const started = await client.request<Start>(START, { input: { password: passwordOf.get(client) } });
    expect(started.data?.startTwoFactorEnrolment.__typename).toBe('StartTwoFactorEnrolmentSuccess');
    const { secret, otpauthUri } = started.data!.startTwoFactorEnrolment.data;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const confirmed = await client.request<Confirm>(CONFIRM, { input: { code: await generate({ secret }) } });
    expect(confirmed.data?.confirmTwoFactorEnrolment.__typename).toBe('ConfirmTwoFactorEnrolmentSuccess');
    return { secret, codes: confirmed.data!.confirmTwoFactorEnrolment.data.recoveryCodes };
  }
  const passwordOf = new WeakMap<GraphQLClient, string>();

  it('enrols a staff account; sign-in then needs a code, refuses a wrong or replayed one, accepts a recovery code once', async () => {
    const email = await newUser(['REVIEWER']);
    const client = new GraphQLClient(server.url);
    passwordOf.set(client, 'correct horse');
    await client.login(email, 'correct horse');
    const { secret, codes } = await enrol(client);
    expect(codes).toHaveLength(10);
    const stored = await server.db.prisma.recoveryCode.findMany({ where: { user: { email } } });
    expect(stored.map((c) => c.codeHash)).not.toContain(codes[0]);
    // The secret is stored sealed (AES-256-GCM), never as the base32 seed itself.
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(row.totpSecret).toMatch(/^enc1:[0-9a-f]{8}:/);
    expect(row.totpSecret).not.toContain(secret);
    expect(row.totpPendingSecret).toBeNull();

    expect((await login(email, 'correct horse', '192.0.2.20')).kind).toBe('TwoFactorRequiredError');
    expect((await login(email, 'correct horse', '192.0.2.20', { otp: '000000' })).kind).toBe('InvalidCredentialsError');
    // The code used to confirm enrolment cannot be used again; the next one can.
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect((await login(email, 'correct horse', '192.0.2.20', { otp: next })).kind).toBe('LoginSuccess');
    expect((await login(email, 'correct horse', '192.0.2.20', { otp: next })).kind).toBe('InvalidCredentialsError');
    expect((await login(email, 'correct horse', '192.0.2.21', { otp: codes[0]! })).kind).toBe('LoginSuccess');
    expect((await login(email, 'correct horse', '192.0.2.21', { otp: codes[0]! })).kind).toBe(
      'InvalidCredentialsError',
    );
  });

  it('seals the pending secret of an enrolment in progress too', async () => {
    const email = await newUser(['ANALYST']);
    const client = await signedInClient(server.url, email, 'correct horse');
    const started = await client.request<Start>(START, { input: { password: 'correct horse' } });
    const { secret } = started.data!.startTwoFactorEnrolment.data;
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(row.totpPendingSecret).toMatch(/^enc1:/);
    expect(row.totpPendingSecret).not.toContain(secret);
  });

  it('seals secrets an earlier version stored in plain text, and sign-in with a code still works', async () => {
    const email = await newUser(['REVIEWER']);
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await server.db.prisma.user.update({ where: { email }, data: { totpSecret: secret, totpEnabledAt: new Date() } });
    expect(await sealStoredTotpSecrets(server.db.prisma)).toMatchObject({ unreadable: [] });
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(row.totpSecret).toMatch(/^enc1:/);
    expect(row.totpSecret).not.toContain(secret);
    expect(await sealStoredTotpSecrets(server.db.prisma)).toEqual({ sealed: 0, unreadable: [] });
    expect((await login(email, 'correct horse', '192.0.2.40', { otp: await generate({ secret }) })).kind).toBe(
      'LoginSuccess',
    );
  });

  it('a secret sealed under another key is reported at start and refuses codes; recovery codes still sign in', async () => {
    const email = await newUser(['REVIEWER']);
    const client = new GraphQLClient(server.url);
    passwordOf.set(client, 'correct horse');
    await client.login(email, 'correct horse');
    const { secret, codes } = await enrol(client);
    const original = secretKey();
    setSecretKey(secretKeyFrom(randomBytes(32)));
    try {
      expect((await sealStoredTotpSecrets(server.db.prisma)).unreadable).toContain(email);
      const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
      expect((await login(email, 'correct horse', '192.0.2.41', { otp: code })).kind).toBe('InvalidCredentialsError');
      expect((await login(email, 'correct horse', '192.0.2.41', { otp: codes[1]! })).kind).toBe('LoginSuccess');
    } finally {
      setSecretKey(original);
    }
  });

  it('members may enrol too (the account security page is for every account), with the password re-entered', async () => {
    const member = await signedInClient(server.url, 'member@example.com');
    const wrong = await member.request<{ startTwoFactorEnrolment: { __typename: string } }>(START, {
      input: { password: 'not the password' },
    });
    expect(wrong.data?.startTwoFactorEnrolment.__typename).toBe('InvalidCredentialsError');
    const result = await member.request<{ startTwoFactorEnrolment: { __typename: string } }>(START, {
      input: { password: 'demo1234' },
    });
    expect(result.data?.startTwoFactorEnrolment.__typename).toBe('StartTwoFactorEnrolmentSuccess');
  });

  it('when required, an administrator without a verified second factor holds no admin power until enrolled', async () => {
    setSecuritySettings({ requireAdminTwoFactor: true });
    try {
      const email = await newUser(['ADMIN']);
      const admin = new GraphQLClient(server.url);
      passwordOf.set(admin, 'correct horse');
      await admin.login(email, 'correct horse');
      expect((await admin.request('{ spotChecks { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await enrol(admin);
      expect((await admin.request('{ spotChecks { id } }')).errors).toBeUndefined();
    } finally {
      setSecuritySettings({ requireAdminTwoFactor: false });
    }
  });

  it('the demo accounts are not enrolled: they sign in with the README password alone', async () => {
    expect(
      await server.db.prisma.user.count({
        where: { email: { endsWith: '@example.com' }, totpEnabledAt: { not: null } },
      }),
    ).toBe(0);
    expect((await login('admin@example.com', 'demo1234', '192.0.2.30')).kind).toBe('LoginSuccess');
  });
});

describe('demoAccountsActive', () => {
  it('is true while a demo account has the published password, false once none has', async () => {
    forgetDemoAccountCheck();
    const ask = async () =>
      (await new GraphQLClient(server.url).request<{ demoAccountsActive: boolean }>('{ demoAccountsActive }')).data
        ?.demoAccountsActive;
    expect(await ask()).toBe(true);
    await server.db.prisma.user.updateMany({
      where: { email: { endsWith: '@example.com' } },
      data: { passwordHash: await hashPassword('a private password') },
    });
    forgetDemoAccountCheck();
    expect(await ask()).toBe(false);
  });
});
