import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretKeyFrom } from '../auth/secret-box.js';
import { secretKey, setSecuritySettings } from '../settings.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { createAdministrator } from './create-admin.js';

// A new installation on PostgreSQL has no demo accounts: `npm run create-admin` is how its first
// administrator comes to exist, and how one who lost a password or phone gets back in.
let server: TestServer;
const key = secretKeyFrom(randomBytes(32));

beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  setSecuritySettings({ requireAdminTwoFactor: false });
  await server?.close();
});

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { __typename } }`;
async function login(email: string, password: string, otp?: string): Promise<string | undefined> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200) + 1}`,
    },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password, ...(otp ? { otp } : {}) } } }),
  });
  const body = (await response.json()) as { data?: { login: { __typename: string } } };
  return body.data?.login.__typename;
}

describe('npm run create-admin', () => {
  it('creates the first administrator of an empty database, who can then sign in; the creation is audited', async () => {
    expect(await server.db.prisma.user.count()).toBe(0);
    const result = await createAdministrator(
      server.db.prisma,
      {
        email: ' First.Admin@Example.org ',
        displayName: '王秘书',
        password: 'a long enough secret',
        enrolTwoFactor: false,
      },
      key,
    );
    expect(result).toMatchObject({ email: 'first.admin@example.org', created: true, twoFactor: null });
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'first.admin@example.org' } });
    expect(user.roles).toEqual(['ADMIN']);
    expect(await login('first.admin@example.org', 'a long enough secret')).toBe('LoginSuccess');
    expect(
      await server.db.prisma.auditEvent.count({ where: { action: 'user.administratorCreated', entityId: user.id } }),
    ).toBe(1);
  });

  it('resets an existing administrator: the old password stops working and their sessions end', async () => {
    expect(await login('first.admin@example.org', 'a long enough secret')).toBe('LoginSuccess');
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'first.admin@example.org' } });
    expect(await server.db.prisma.session.count({ where: { userId: user.id } })).toBeGreaterThan(0);
    const result = await createAdministrator(
      server.db.prisma,
      {
        email: 'first.admin@example.org',
        displayName: '王秘书',
        password: 'another long secret',
        enrolTwoFactor: false,
      },
      key,
    );
    expect(result.created).toBe(false);
    expect(await server.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await login('first.admin@example.org', 'a long enough secret')).toBe('InvalidCredentialsError');
    expect(await login('first.admin@example.org', 'another long secret')).toBe('LoginSuccess');
    expect(await server.db.prisma.user.count({ where: { email: 'first.admin@example.org' } })).toBe(1);
  });

  it('enrols two-step sign-in where administrators must use it: the password alone is not enough, a code from the secret is', async () => {
    setSecuritySettings({ requireAdminTwoFactor: true });
    // Sealed with the server's own key, so that its sign-in can open the secret.
    const enrolled = await createAdministrator(
      server.db.prisma,
      { email: 'second@example.org', displayName: '李处长', password: 'yet another secret', enrolTwoFactor: true },
      secretKey(),
    );
    expect(enrolled.twoFactor?.recoveryCodes).toHaveLength(10);
    expect(enrolled.twoFactor?.uri).toMatch(/^otpauth:\/\/totp\//);
    const stored = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'second@example.org' } });
    expect(stored.totpSecret).not.toContain(enrolled.twoFactor!.secret);
    expect(await login('second@example.org', 'yet another secret')).toBe('TwoFactorRequiredError');
    expect(
      await login('second@example.org', 'yet another secret', await generate({ secret: enrolled.twoFactor!.secret })),
    ).toBe('LoginSuccess');
  });

  it("refuses a short password, a malformed address and an organisation member's account, changing nothing", async () => {
    const before = await server.db.prisma.user.count();
    await expect(
      createAdministrator(
        server.db.prisma,
        { email: 'x@example.org', displayName: 'X', password: 'short', enrolTwoFactor: false },
        key,
      ),
    ).rejects.toThrow(/at least 12 characters/);
    await expect(
      createAdministrator(
        server.db.prisma,
        { email: 'not-an-address', displayName: 'X', password: 'a long enough secret', enrolTwoFactor: false },
        key,
      ),
    ).rejects.toThrow(/e-mail/);
    const organisation = await server.db.prisma.organisation.create({
      data: { name: '测试服务中心', creditCode: '91110000000000001X' } as never,
    });
    await server.db.prisma.user.create({
      data: {
        email: 'member@example.org',
        displayName: '会员',
        passwordHash: 'x',
        roles: ['MEMBER'],
        organisationId: organisation.id,
      },
    });
    await expect(
      createAdministrator(
        server.db.prisma,
        { email: 'member@example.org', displayName: 'X', password: 'a long enough secret', enrolTwoFactor: false },
        key,
      ),
    ).rejects.toThrow(/member organisation/);
    expect(await server.db.prisma.user.count()).toBe(before + 1);
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'member@example.org' } })).roles).toEqual([
      'MEMBER',
    ]);
  });
});
