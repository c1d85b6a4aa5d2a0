// Statistics on a known data set, on PGlite (default) and PostgreSQL (DATABASE_URL): each
// figure is checked against the data set's definition and, where a list exists, against the
// count the list query gives for the same filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';
import { createKnownDataSet, type KnownDataSet } from './known-data-set.js';

let server: TestServer;
let data: KnownDataSet;
let analyst: GraphQLClient;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  server = await startTestServer();
  data = await createKnownDataSet(server.db.prisma, todayInShanghai());
  analyst = await signedInClient(server.url, 'analyst@example.com');
}, 240_000);
afterAll(async () => {
  await server?.close();
});

const STATISTICS = `query ($filter: StatisticsFilter) {
  statistics(filter: $filter) {
    applicationsByStatus { status count }
    accreditationsByFunction { function count }
    accreditationsByRegion { region name count }
    accreditationsByUnit { unit { id code } count }
    accreditationsValid
    passRate
    medianDaysSubmittedToDecided
    in0: expiringWithin(days: 0)
    in30: expiringWithin(days: 30)
    in90: expiringWithin(days: 90)
    spotChecks { drawn passed failed pending }
    revocationsByReason { reason count }
    funnel { round { id year } year drafted submitted recommended reviewed passed noticed accredited }
    trendsByYear { year drafted submitted reviewed passed accredited awarded passRate medianDaysSubmittedToDecided }
  }
}`;

type Stats = {
  applicationsByStatus: { status: string; count: number }[];
  accreditationsByFunction: { function: string; count: number }[];
  accreditationsByRegion: { region: string; name: string; count: number }[];
  accreditationsByUnit: { unit: { id: string; code: string }; count: number }[];
  accreditationsValid: number;
  passRate: number | null;
  medianDaysSubmittedToDecided: number | null;
  in0: number;
  in30: number;
  in90: number;
  spotChecks: { drawn: number; passed: number; failed: number; pending: number };
  revocationsByReason: { reason: string; count: number }[];
  funnel: ({ round: { id: string; year: number }; year: number } & Record<string, number>)[];
  trendsByYear: ({ year: number; passRate: number | null; medianDaysSubmittedToDecided: number | null } & Record<
    string,
    number
  >)[];
};

async function statistics(client: GraphQLClient, filter: Record<string, unknown>): Promise<Stats> {
  const result = await client.request<{ statistics: Stats }>(STATISTICS, { filter });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.statistics;
}

const asMap = <T extends { count: number }>(rows: T[], key: (r: T) => string) =>
  Object.fromEntries(rows.map((r) => [key(r), r.count]));

describe('statistics on a known data set', () => {
  it('counts applications by status, and each count equals the applications list for that round and status', async () => {
    const mine = { unitId: gid('Unit', data.unitId) };
    const s = await statistics(analyst, mine);
    expect(asMap(s.applicationsByStatus, (r) => r.status)).toEqual({
      ACCREDITED: 2,
      REVIEW_FAILED: 1,
      WITHDRAWN: 1,
      DRAFT: 1,
      NOT_RECOMMENDED: 1,
      FAILED: 1,
      UNDER_REVIEW: 1,
    });
    // The counts include drafts; an analyst's list holds submitted applications only (access by
    // need), so the counts are compared with an administrator's list, which sees that drafts exist.
    const admin = await signedInClient(server.url, 'admin@example.com');
    for (const roundId of data.roundIds) {
      const byRound = await statistics(analyst, { roundId: gid('Round', roundId) });
      const list = await admin.request<{ applications: { totalCount: number } }>(
        'query ($roundId: ID) { applications(roundId: $roundId, first: 1) { totalCount } }',
        { roundId: gid('Round', roundId) },
      );
      expect(byRound.applicationsByStatus.reduce((n, r) => n + r.count, 0)).toBe(list.data?.applications.totalCount);
      for (const { status, count } of byRound.applicationsByStatus) {
        const one = await admin.request<{ applications: { totalCount: number } }>(
          'query ($roundId: ID, $status: ApplicationStatus) { applications(roundId: $roundId, status: $status, first: 1) { totalCount } }',
          { roundId: gid('Round', roundId), status },
        );
        expect(count, `${status} in round ${roundId}`).toBe(one.data?.applications.totalCount);
      }
    }
  });

  it('computes the funnel per round and the trend by year, using the timeline for what statuses no longer show', async () => {
    const s = await statistics(analyst, { unitId: gid('Unit', data.unitId) });
    const [r1, r2] = data.roundIds.map((id) => s.funnel.find((f) => f.round.id === gid('Round', id)));
    expect(r1).toMatchObject({
      year: 2019,
      drafted: 5,
      submitted: 4,
      recommended: 3,
      reviewed: 3,
      passed: 2,
      noticed: 1,
      accredited: 1,
    });
    expect(r2).toMatchObject({
      year: 2020,
      drafted: 3,
      submitted: 3,
      recommended: 3,
      reviewed: 2,
      passed: 2,
      noticed: 2,
      accredited: 1,
    });
    const y2019 = s.trendsByYear.find((t) => t.year === 2019);
    const y2020 = s.trendsByYear.find((t) => t.year === 2020);
    expect(y2019).toMatchObject({ drafted: 5, reviewed: 3, passed: 2, medianDaysSubmittedToDecided: 20 });
    expect(y2019?.passRate).toBeCloseTo(2 / 3);
    expect(y2020).toMatchObject({ drafted: 3, reviewed: 2, passed: 2, passRate: 1, medianDaysSubmittedToDecided: 23 });
  });

  it('computes the pass rate over decided applications and the median days from submission to decision', async () => {
    const s = await statistics(analyst, { unitId: gid('Unit', data.unitId) });
    // decided: 5 (A1 A2 A3 B1 B3), passed 4; days 10, 20, 30, 40, 6 → median 20
    expect(s.passRate).toBeCloseTo(0.8);
    expect(s.medianDaysSubmittedToDecided).toBe(20);
    const y2019 = await statistics(analyst, { unitId: gid('Unit', data.unitId), year: 2019 });
    expect(y2019.passRate).toBeCloseTo(2 / 3);
    expect(y2019.applicationsByStatus.reduce((n, r) => n + r.count, 0)).toBe(5);
  });

  it('counts titles valid today by function, province and unit, consistent with a count of valid titles', async () => {
    const s = await statistics(analyst, { unitId: gid('Unit', data.unitId) });
    expect(s.accreditationsValid).toBe(4);
    expect(asMap(s.accreditationsByFunction, (r) => r.function)).toEqual({
      FINANCING: 2,
      INFORMATION: 2,
      TECHNOLOGY: 1,
    });
    expect(s.accreditationsByRegion).toEqual([
      { region: '440000', name: '广东省', count: 2 },
      { region: '', name: '未填写', count: 1 },
      { region: '110000', name: '北京市', count: 1 },
    ]);
    expect(s.accreditationsByUnit).toEqual([{ unit: { id: gid('Unit', data.unitId), code: 'STATS-UNIT' }, count: 4 }]);

    // The same figure from the rows themselves (what a list of valid titles shows).
    const today = new Date(`${todayInShanghai()}T00:00:00Z`);
    const listed = await server.db.prisma.accreditation.count({
      where: {
        organisation: { memberships: { some: { unitId: data.unitId } } },
        validFrom: { lte: today },
        validUntil: { gte: today },
        NOT: { revocation: { status: 'COMPLETED', effectiveOn: { lte: today } } },
      },
    });
    expect(s.accreditationsValid).toBe(listed);
    expect(s.accreditationsByRegion.reduce((n, r) => n + r.count, 0)).toBe(listed);
  });

  it('answers "how many platforms per province offer financing services?" with one query', async () => {
    const s = await statistics(analyst, { unitId: gid('Unit', data.unitId), function: 'FINANCING' });
    expect(s.accreditationsByRegion).toEqual([{ region: '440000', name: '广东省', count: 2 }]);
    expect(asMap(s.accreditationsByFunction, (r) => r.function)).toEqual({ FINANCING: 2, INFORMATION: 1 });
    expect(asMap(s.applicationsByStatus, (r) => r.status)).toEqual({ ACCREDITED: 1, FAILED: 1, UNDER_REVIEW: 1 });
  });

  it('filters by a province or a city code', async () => {
    const province = await statistics(analyst, { unitId: gid('Unit', data.unitId), region: '440000' });
    expect(province.accreditationsValid).toBe(2);
    const city = await statistics(analyst, { unitId: gid('Unit', data.unitId), region: '110105' });
    expect(city.accreditationsValid).toBe(1);
    expect(asMap(city.applicationsByStatus, (r) => r.status)).toEqual({ WITHDRAWN: 1, ACCREDITED: 1 });
  });

  it('counts expiring titles, spot-check outcomes and revocations by ground', async () => {
    const s = await statistics(analyst, { unitId: gid('Unit', data.unitId) });
    expect([s.in0, s.in30, s.in90]).toEqual([0, 1, 2]);
    expect(s.spotChecks).toEqual({ drawn: 3, passed: 1, failed: 1, pending: 1 });
    expect(asMap(s.revocationsByReason, (r) => r.reason)).toEqual({ VIOLATION_VERIFIED: 1, FAILED_SPOT_CHECK: 1 });
  });

  it('is for analysts and administrators only', async () => {
    const admin = await signedInClient(server.url, 'admin@example.com');
    expect((await admin.request('{ statistics { passRate } }')).errors).toBeUndefined();
    for (const email of ['member@example.com', 'unit@example.com', 'reviewer@example.com']) {
      const client = await signedInClient(server.url, email);
      const result = await client.request('{ statistics { passRate } }');
      expect(result.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
    }
    const anonymous = await new GraphQLClient(server.url).request('{ statistics { passRate } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
