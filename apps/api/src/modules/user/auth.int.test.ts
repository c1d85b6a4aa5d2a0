import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const ME = '{ me { email roles displayName } }';
const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginSuccess { data { email roles } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

describe('sign-in', () => {
  it('answers /healthz with the database in use', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: server.db.kind });
  });

  it.each([
    ['admin@example.com', 'ADMIN'],
    ['member@example.com', 'MEMBER'],
    ['unit@example.com', 'UNIT_STAFF'],
    ['reviewer@example.com', 'REVIEWER'],
    ['analyst@example.com', 'ANALYST'],
  ])('%s signs in with the demo password and `me` names them', async (email, role) => {
    const client = new GraphQLClient(server.url);
    const login = await client.request(LOGIN, { input: { email, password: 'demo1234' } });
    expect(login.data).toEqual({ login: { __typename: 'LoginSuccess', data: { email, roles: [role] } } });
    expect(client.lastSetCookie).toMatch(/sme_session=[^;]+;/);
    expect(client.lastSetCookie).toMatch(/HttpOnly/i);
    expect(client.lastSetCookie).toMatch(/SameSite=Lax/i);
    const me = await client.request<{ me: { email: string; roles: string[] } }>(ME);
    expect(me.data?.me.email).toBe(email);
    expect(me.data?.me.roles).toEqual([role]);
  });

  it('accepts the e-mail in any case and with surrounding spaces', async () => {
    const client = new GraphQLClient(server.url);
    const login = await client.request<{ login: { __typename: string } }>(LOGIN, {
      input: { email: '  Admin@Example.COM ', password: 'demo1234' },
    });
    expect(login.data?.login.__typename).toBe('LoginSuccess');
  });

  it('refuses a wrong password or unknown e-mail with the same typed error, and sets no cookie', async () => {
    for (const input of [
      { email: 'admin@example.com', password: 'wrong-password' },
      { email: 'nobody@example.com', password: 'demo1234' },
    ]) {
      const client = new GraphQLClient(server.url);
      const login = await client.request<{ login: { __typename: string; message: string } }>(LOGIN, { input });
      expect(login.data?.login.__typename).toBe('InvalidCredentialsError');
      expect(login.data?.login.message).toContain('邮箱或密码不正确');
      expect(client.sessionCookie).toBeUndefined();
    }
    // Counted for throttling, not written to the audit trail one by one.
    const counted = await server.db.prisma.loginThrottle.findUnique({ where: { key: 'account:nobody@example.com' } });
    expect(counted?.failures).toBe(1);
    expect(await server.db.prisma.auditEvent.count({ where: { action: 'auth.loginFailed' } })).toBe(0);
  });

  it('explains an empty e-mail as a validation error on that field', async () => {
    const client = new GraphQLClient(server.url);
    const login = await client.request<{ login: { __typename: string; fieldErrors: { path: string[] }[] } }>(LOGIN, {
      input: { email: '', password: 'x' },
    });
    expect(login.data?.login.__typename).toBe('ValidationError');
    expect(login.data?.login.fieldErrors.map((f) => f.path.join('.'))).toContain('input.email');
  });

  it('returns null for `me` when signed out', async () => {
    const me = await new GraphQLClient(server.url).request(ME);
    expect(me).toEqual({ data: { me: null } });
  });

  it('sign-out ends the session on the server, not just in the browser', async () => {
    const client = await signedInClient(server.url, 'member@example.com');
    const stolenCookie = client.sessionCookie;
    const logout = await client.request<{ logout: boolean }>('mutation { logout }');
    expect(logout.data?.logout).toBe(true);
    // Replaying the old cookie must not work any more.
    const replay = new GraphQLClient(server.url);
    (replay as unknown as { cookie: string | undefined }).cookie = stolenCookie;
    expect((await replay.request(ME)).data).toEqual({ me: null });
    expect(await server.db.prisma.auditEvent.count({ where: { action: 'auth.logout' } })).toBeGreaterThanOrEqual(1);
  });

  it('refuses a cross-site simple POST without the preflight header (CSRF)', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(400);
  });
});
