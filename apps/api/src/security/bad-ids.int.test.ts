// A malformed ID, or one of another type, identifies nothing: the caller gets NOT_FOUND with a
// message saying the ID is not valid — not a masked internal error with a correlation id to
// report to support (found when probing the API by hand).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_ID_MESSAGE } from './error-masking.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../testing/test-server.js';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

let server: TestServer;
let admin: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
});
afterAll(async () => {
  await server?.close();
});

describe('IDs that identify nothing', () => {
  it.each([
    ['not base64 of Type:id', 'garbage'],
    ['an ID of another type', globalId('Organisation', 'x')],
    // PostgreSQL refuses NUL in text: the ID is refused before it reaches the database (found by fuzz.int.test.ts).
    ['an ID whose id holds a NUL', globalId('Application', '\u0000')],
  ])('a query given %s answers NOT_FOUND', async (_, id) => {
    const result = await admin.request('query ($id: ID!) { application(id: $id) { id } }', { id });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe(BAD_ID_MESSAGE.zhCN);
    expect(result.errors?.[0]?.extensions?.correlationId).toBeUndefined();
  });

  it('a well-formed ID of the right type that matches nothing is simply absent', async () => {
    const result = await admin.request('query ($id: ID!) { application(id: $id) { id } }', {
      id: globalId('Application', 'nothing'),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ application: null });
  });

  it('a mutation given a malformed ID answers NOT_FOUND and changes nothing', async () => {
    const before = await server.db.prisma.auditEvent.count();
    const result = await admin.request(
      'mutation ($id: ID!) { withdrawApplication(input: { applicationId: $id, reason: "测试" }) { __typename } }',
      { id: 'garbage' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await server.db.prisma.auditEvent.count()).toBe(before);
  });

  it('an ID with a NUL is NOT_FOUND wherever it is given, not an internal error', async () => {
    const result = await admin.request('query ($id: ID!) { spotCheckCampaign(id: $id) { id } }', {
      id: globalId('SpotCheckCampaign', 'a\u0000b'),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
