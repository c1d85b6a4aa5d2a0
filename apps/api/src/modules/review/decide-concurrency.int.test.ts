// Two administrators deciding the same applications at once: exactly one batch wins, each
// application is decided once, with one audit event and one timeline entry. PGlite is a single
// connection, so real concurrency is tested on PostgreSQL only (DATABASE_URL set).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

const onPostgres = Boolean(process.env.DATABASE_URL);

describe.runIf(onPostgres)('decideApplications under concurrency (PostgreSQL)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('many parallel batches on the same applications: one winner, one audit event and one timeline entry each', async () => {
    const prisma = server.db.prisma;
    const round = await prisma.round.findFirstOrThrow();
    const unit = await prisma.unit.findFirstOrThrow({ where: { code: 'GAD' } });
    const reviewer = await prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@example.com' } });
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const org = await prisma.organisation.create({
        data: {
          name: `并发机构${i}`,
          creditCode: `CONC${String(i).padStart(14, '0')}`,
          memberships: { create: { unitId: unit.id, since: new Date('2020-01-01T00:00:00Z'), status: 'ACTIVE' } },
        },
      });
      const app = await prisma.application.create({
        data: {
          roundId: round.id,
          organisationId: org.id,
          status: 'UNDER_REVIEW',
          functions: { create: [{ function: 'INFORMATION' }] },
        },
      });
      await prisma.reviewerAssignment.create({
        data: {
          applicationId: app.id,
          reviewerId: reviewer.id,
          completedAt: new Date(),
          recommendation: 'PASS',
          weightedScore: 75,
          comment: 'ok',
        },
      });
      ids.push(app.id);
    }
    // Eight sessions, signed in one after another: sign-in counts every attempt before checking
    // the password (parallel guessing gains nothing), so eight at once would lock the account.
    const admins: GraphQLClient[] = [];
    for (let i = 0; i < 8; i++) {
      const client = await signedInClient(server.url, 'admin@example.com');
      admins.push(client);
    }
    const globalIds = ids.map((id) => encodeGlobalID('Application', id));
    const results = await Promise.all(
      admins.map((client, i) =>
        client.request<{ decideApplications: { __typename: string } }>(
          `mutation ($input: DecideApplicationsInput!) { decideApplications(input: $input) { __typename } }`,
          // Each caller lists the ids in its own order; and half pass, half fail.
          {
            input: {
              applicationIds: i % 2 ? [...globalIds].reverse() : globalIds,
              outcome: i % 2 ? 'REVIEW_FAILED' : 'REVIEW_PASSED',
              note: `决定${i}`,
            },
          },
        ),
      ),
    );
    const kinds = results.map((r) => r.data?.decideApplications.__typename ?? `errors: ${JSON.stringify(r.errors)}`);
    expect(kinds.filter((k) => k === 'DecideApplicationsSuccess')).toHaveLength(1);
    expect(kinds.every((k) => ['DecideApplicationsSuccess', 'ConflictError', 'RuleViolationError'].includes(k))).toBe(
      true,
    );

    const rows = await prisma.application.findMany({ where: { id: { in: ids } } });
    const outcome = rows[0]?.status;
    expect(['REVIEW_PASSED', 'REVIEW_FAILED']).toContain(outcome);
    for (const row of rows) {
      expect(row.status).toBe(outcome);
      const action = outcome === 'REVIEW_PASSED' ? 'passReview' : 'failReview';
      expect(
        await prisma.auditEvent.count({
          where: { entityId: row.id, action: { in: ['application.passReview', 'application.failReview'] } },
        }),
      ).toBe(1);
      expect(
        await prisma.timelineEntry.count({
          where: { applicationId: row.id, action: { in: ['passReview', 'failReview'] } },
        }),
      ).toBe(1);
      expect(await prisma.reviewDecision.count({ where: { applicationId: row.id } })).toBe(1);
      expect(await prisma.timelineEntry.count({ where: { applicationId: row.id, action } })).toBe(1);
    }
  }, 120_000);
});
