// Administrators deciding the same objection at once: exactly one decision wins, recorded once;
// the others are told it was decided already (Art. 8, OBJECTION_ALREADY_RESOLVED). PGlite is a
// single connection, so real concurrency is tested on PostgreSQL only (DATABASE_URL set).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

const onPostgres = Boolean(process.env.DATABASE_URL);
const RESOLVE = `mutation ($input: ResolveObjectionInput!) {
  resolveObjection(input: $input) { __typename ... on RuleViolationError { code } }
}`;

describe.runIf(onPostgres)('resolveObjection under concurrency (PostgreSQL)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('one winner among parallel decisions, one audit record, the others refused as decided already', async () => {
    const prisma = server.db.prisma;
    const round = await prisma.round.findFirstOrThrow();
    const unit = await prisma.unit.findFirstOrThrow({ where: { code: 'GAD' } });
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    const org = await prisma.organisation.create({
      data: {
        name: '异议并发机构',
        creditCode: 'CONCOBJ00000000001',
        memberships: { create: { unitId: unit.id, since: new Date('2020-01-01T00:00:00Z'), status: 'ACTIVE' } },
      },
    });
    const app = await prisma.application.create({
      data: {
        roundId: round.id,
        organisationId: org.id,
        status: 'IN_PUBLIC_NOTICE',
        functions: { create: [{ function: 'INFORMATION' }] },
      },
    });
    const today = new Date(`${todayInShanghai()}T00:00:00Z`);
    const notice = await prisma.publicNotice.create({
      data: {
        roundId: round.id,
        title: '并发异议测试公示',
        publishedOn: today,
        startsOn: today,
        endsOn: today,
        status: 'PUBLISHED',
        createdById: admin.id,
        entries: { create: [{ applicationId: app.id }] },
      },
      select: { entries: { select: { id: true } } },
    });
    const objection = await prisma.objection.create({
      data: {
        entryId: notice.entries[0]?.id ?? '',
        receiptNumber: 'YY-CONCURRENT-1',
        lodgedByName: '张三',
        contact: '13800000000',
        grounds: '并发测试',
      },
    });

    // Signed in one after another: sign-in counts every attempt, so many at once would lock the account.
    const admins: GraphQLClient[] = [];
    for (let i = 0; i < 6; i++) admins.push(await signedInClient(server.url, 'admin@example.com'));
    const results = await Promise.all(
      admins.map((client, i) =>
        client.request<{ resolveObjection: { __typename: string; code?: string } }>(RESOLVE, {
          input: { objectionId: encodeGlobalID('Objection', objection.id), upheld: i % 2 === 0, note: `处理意见${i}` },
        }),
      ),
    );
    const outcomes = results.map(
      (r) => r.data?.resolveObjection ?? { __typename: `errors: ${JSON.stringify(r.errors)}` },
    );
    expect(outcomes.filter((o) => o.__typename === 'ResolveObjectionSuccess')).toHaveLength(1);
    expect(outcomes.filter((o) => o.__typename === 'RuleViolationError').map((o) => o.code)).toEqual(
      Array(5).fill('OBJECTION_ALREADY_RESOLVED'),
    );
    const audits = await prisma.auditEvent.count({ where: { entityType: 'Objection', entityId: objection.id } });
    expect(audits).toBe(1);
  }, 120_000);
});
