// Personal access tokens: created once and shown once, accepted as a Bearer token by GraphQL,
// read-only, refused when expired or revoked, every use in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let analyst: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  analyst = await signedInClient(server.url, 'analyst@example.com');
}, 240_000);
afterAll(async () => {
  await server?.close();
});

const CREATE = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    __typename
    ... on CreateApiTokenSuccess { data { token apiToken { id name active expiresAt } } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

async function createToken(name: string, expiresInDays = 30): Promise<{ token: string; id: string }> {
  const result = await analyst.request<{
    createApiToken: { __typename: string; data?: { token: string; apiToken: { id: string } } };
  }>(CREATE, {
    input: { name, expiresInDays },
  });
  const data = result.data?.createApiToken.data;
  if (!data) throw new Error(JSON.stringify(result));
  return { token: data.token, id: data.apiToken.id };
}

async function withToken(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] },
  };
}

describe('personal access tokens', () => {
  it('is shown once, stored only as a hash, and lets a script query statistics as its owner', async () => {
    const { token, id } = await createToken('周报脚本');
    expect(token).toMatch(/^smepat_/);
    const rows = await server.db.prisma.apiToken.findMany();
    expect(JSON.stringify(rows)).not.toContain(token);

    const { status, body } = await withToken(
      token,
      '{ me { email } statistics { applicationsByStatus { status count } } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toEqual({ email: 'analyst@example.com' });

    const listed = await analyst.request<{
      myApiTokens: { id: string; name: string; lastUsedAt: string | null; active: boolean }[];
    }>('{ myApiTokens { id name lastUsedAt active } }');
    expect(listed.data?.myApiTokens.find((t) => t.id === id)).toMatchObject({ name: '周报脚本', active: true });
    expect(listed.data?.myApiTokens.find((t) => t.id === id)?.lastUsedAt).not.toBeNull();
  });

  it('attributes every use in the audit trail, one row per request', async () => {
    const { token } = await createToken('审计');
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'analyst@example.com' } });
    const before = await server.db.prisma.auditEvent.count({ where: { action: 'apiToken.use', actorId: user.id } });
    await withToken(token, '{ statistics { passRate } }');
    await withToken(token, '{ statistics { passRate spotChecks { drawn } } }');
    const after = await server.db.prisma.auditEvent.findMany({
      where: { action: 'apiToken.use', actorId: user.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(after.length - before).toBe(2);
    expect(after.at(-1)?.data).toMatchObject({ name: '审计', method: 'POST', path: '/graphql' });
  });

  it('is read-only: any mutation is FORBIDDEN and changes nothing', async () => {
    const { token } = await createToken('只读');
    const count = await server.db.prisma.apiToken.count();
    const { body } = await withToken(token, CREATE, { input: { name: 'by token', expiresInDays: 5 } });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.apiToken.count()).toBe(count);
    const logout = await withToken(token, 'mutation { logout }');
    expect(logout.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is refused once revoked', async () => {
    const { token, id } = await createToken('将撤销');
    expect((await withToken(token, '{ statistics { passRate } }')).body.errors).toBeUndefined();
    const revoked = await analyst.request<{ revokeApiToken: { __typename: string } }>(
      'mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }',
      { input: { apiTokenId: id } },
    );
    expect(revoked.data?.revokeApiToken.__typename).toBe('RevokeApiTokenSuccess');
    const { body } = await withToken(token, '{ statistics { passRate } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is refused once expired', async () => {
    const { token, id } = await createToken('将过期');
    await server.db.prisma.apiToken.update({
      where: { id: Buffer.from(id, 'base64').toString().split(':')[1] },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const { body } = await withToken(token, '{ statistics { passRate } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown token, and a token is not a way around roles', async () => {
    expect((await withToken('smepat_nonsense', '{ statistics { passRate } }')).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const member = await signedInClient(server.url, 'member@example.com');
    const refused = await member.request(CREATE, { input: { name: 'x', expiresInDays: 5 } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('serves no Apollo landing page (it would load Sandbox from a CDN)', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/apollo-server-landing-page|embeddable-sandbox/i);
  });

  it('rejects a name-less token or one valid for more than a year', async () => {
    const result = await analyst.request<{ createApiToken: { __typename: string } }>(CREATE, {
      input: { name: ' ', expiresInDays: 400 },
    });
    expect(result.data?.createApiToken.__typename).toBe('ValidationError');
  });
});
