// Art. 12 and Art. 14 through HTTP, on PGlite or on PostgreSQL (DATABASE_URL): service records,
// association activities, the annual report's workflow and figures, and the ranking.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
let holder: GraphQLClient;
let other: GraphQLClient;
let analyst: GraphQLClient;
let titleId: string;
const today = todayInShanghai();
// The latest year whose report is open today (the default schedule opens it on 1 December).
const reportYear = today.slice(5) >= '12-01' ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
const rankYear = reportYear + 1;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  holder = await signedInClient(server.url, 'holder@example.com');
  other = await signedInClient(server.url, 'member@example.com');
  analyst = await signedInClient(server.url, 'analyst@example.com');
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
  const title = await server.db.prisma.accreditation.findFirstOrThrow({
    where: { organisationId: user.organisationId ?? '', revocation: null },
    orderBy: { validUntil: 'desc' },
  });
  titleId = encodeGlobalID('Accreditation', title.id);
  // A clean record for this test: the demo data's records, reports and attendance of the holder's title are set aside.
  await server.db.prisma.annualReport.deleteMany({ where: { accreditationId: title.id } });
  await server.db.prisma.serviceRecord.deleteMany({ where: { accreditationId: title.id } });
  await server.db.prisma.activityAttendance.deleteMany({ where: { accreditationId: title.id } });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const RECORD = `mutation ($input: RecordServiceActivityInput!) { recordServiceActivity(input: $input) {
  __typename ... on RecordServiceActivitySuccess { data { id kind enterprisesServed free publicWelfare editable } }
  ... on Error { message } ... on RuleViolationError { article code } } }`;
const SUBMIT = `mutation ($input: SubmitAnnualReportInput!) { submitAnnualReport(input: $input) {
  __typename ... on SubmitAnnualReportSuccess { data { id status year enterprisesServed publicWelfareServices publicWelfareShare activitiesAttended servicesRecorded summary figuresFrozen } }
  ... on Error { message } ... on RuleViolationError { article code } } }`;
const REVIEW = `mutation ($input: ReviewAnnualReportInput!) { reviewAnnualReport(input: $input) {
  __typename ... on ReviewAnnualReportSuccess { data { id status reviewNote allowedActions } }
  ... on Error { message } ... on RuleViolationError { article code } } }`;

type Payload = Record<string, { __typename: string; data?: Record<string, unknown>; code?: string; article?: string }>;

const record = (as: GraphQLClient, input: Record<string, unknown>) =>
  as.request<Payload>(RECORD, {
    input: {
      accreditationId: titleId,
      kind: 'OTHER_SERVICE',
      title: '政策宣讲',
      enterprisesServed: 10,
      free: false,
      ...input,
    },
  });

describe('service records (Art. 12)', () => {
  it("lets the platform's own members record its services", async () => {
    const a = await record(holder, {
      date: `${reportYear}-03-10`,
      kind: 'PUBLIC_WELFARE_SERVICE',
      free: true,
      enterprisesServed: 40,
    });
    expect(a.data?.recordServiceActivity, JSON.stringify(a)).toMatchObject({
      __typename: 'RecordServiceActivitySuccess',
      data: { kind: 'PUBLIC_WELFARE_SERVICE', publicWelfare: true, editable: true },
    });
    const b = await record(holder, { date: `${reportYear}-06-01`, kind: 'LOW_FEE_SERVICE', enterprisesServed: 25 });
    expect(b.data?.recordServiceActivity?.__typename).toBe('RecordServiceActivitySuccess');
    const c = await record(holder, {
      date: `${reportYear}-09-20`,
      kind: 'OTHER_SERVICE',
      free: true,
      enterprisesServed: 15,
    });
    expect(c.data?.recordServiceActivity?.__typename).toBe('RecordServiceActivitySuccess');
  });
  it("refuses another organisation's member (not found) and the staff (forbidden)", async () => {
    const foreign = await record(other, { date: `${reportYear}-03-10` });
    expect(foreign.data?.recordServiceActivity?.__typename).toBe('NotFoundError');
    const byAdmin = await record(admin, { date: `${reportYear}-03-10` });
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
  it('refuses a charged public-welfare service and a future date', async () => {
    const charged = await record(holder, { date: `${reportYear}-03-10`, kind: 'PUBLIC_WELFARE_SERVICE', free: false });
    expect(charged.data?.recordServiceActivity).toMatchObject({ code: 'PUBLIC_WELFARE_NOT_FREE', article: 'Art. 12' });
    const future = await record(holder, { date: `${Number(today.slice(0, 4)) + 1}-01-01` });
    expect(future.data?.recordServiceActivity).toMatchObject({ code: 'SERVICE_DATE_IN_FUTURE', article: 'software' });
  });
  it('shows the records to the staff per title and to the members as theirs', async () => {
    const staff = await analyst.request<{ serviceRecords: { enterprisesServed: number }[] }>(
      `query ($id: ID!, $year: Int) { serviceRecords(accreditationId: $id, year: $year) { enterprisesServed } }`,
      { id: titleId, year: reportYear },
    );
    expect(staff.data?.serviceRecords.map((r) => r.enterprisesServed).sort()).toEqual([15, 25, 40]);
    const mine = await holder.request<{ myServiceRecords: unknown[] }>(
      `query ($y: Int) { myServiceRecords(year: $y) { id } }`,
      {
        y: reportYear,
      },
    );
    expect(mine.data?.myServiceRecords).toHaveLength(3);
    const foreign = await other.request<{ myServiceRecords: unknown[] }>(`{ myServiceRecords { id } }`);
    expect(foreign.data?.myServiceRecords).toEqual([]);
  });
});

describe('association activities (Art. 12)', () => {
  let activityId: string;
  it('are created by administrators only', async () => {
    const CREATE = `mutation ($input: CreateAssociationActivityInput!) { createAssociationActivity(input: $input) {
      __typename ... on CreateAssociationActivitySuccess { data { id title heldOn place } } } }`;
    const input = { title: '中小企业服务对接会', heldOn: `${reportYear}-05-18`, place: '北京' };
    const byMember = await holder.request<Payload>(CREATE, { input });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await admin.request<Payload>(CREATE, { input });
    expect(created.data?.createAssociationActivity?.data).toMatchObject({ title: input.title, place: '北京' });
    activityId = String(created.data?.createAssociationActivity?.data?.id);
  });
  it('take attendance from administrators only, and count in the report', async () => {
    const ATTEND = `mutation ($input: RecordActivityAttendanceInput!) { recordActivityAttendance(input: $input) {
      __typename ... on RecordActivityAttendanceSuccess { data { attendeeCount attendees { id } } } } }`;
    const input = { activityId, accreditationIds: [titleId] };
    expect((await holder.request<Payload>(ATTEND, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await admin.request<Payload>(ATTEND, { input });
    expect(done.data?.recordActivityAttendance?.data).toMatchObject({ attendeeCount: 1, attendees: [{ id: titleId }] });
    const seen = await holder.request<{ associationActivities: { id: string; attendedByMe: boolean }[] }>(
      `query ($y: Int) { associationActivities(year: $y) { id attendedByMe } }`,
      { y: reportYear },
    );
    expect(seen.data?.associationActivities.find((a) => a.id === activityId)?.attendedByMe).toBe(true);
  });
});

describe('the annual report (Art. 12)', () => {
  let reportId: string;
  it('is submitted by the platform’s members only, its figures taken from the year’s records', async () => {
    const input = { accreditationId: titleId, year: reportYear, summary: '全年开展服务三项。' };
    const foreign = await other.request<Payload>(SUBMIT, { input });
    expect(foreign.data?.submitAnnualReport?.__typename).toBe('NotFoundError');
    const submitted = await holder.request<Payload>(SUBMIT, { input });
    expect(submitted.data?.submitAnnualReport, JSON.stringify(submitted)).toMatchObject({
      __typename: 'SubmitAnnualReportSuccess',
      data: {
        status: 'SUBMITTED',
        year: reportYear,
        servicesRecorded: 3,
        enterprisesServed: 80,
        publicWelfareServices: 2,
        publicWelfareShare: 2 / 3,
        activitiesAttended: 1,
        figuresFrozen: true,
      },
    });
    reportId = String(submitted.data?.submitAnnualReport?.data?.id);
  });
  it('is one per title and year, and freezes the year’s records once submitted', async () => {
    const again = await holder.request<Payload>(SUBMIT, {
      input: { accreditationId: titleId, year: reportYear, summary: '再次提交' },
    });
    expect(again.data?.submitAnnualReport).toMatchObject({ code: 'ILLEGAL_TRANSITION', article: 'Art. 12' });
    const late = await record(holder, { date: `${reportYear}-10-01` });
    expect(late.data?.recordServiceActivity).toMatchObject({ code: 'RECORDS_FROZEN', article: 'software' });
  });
  it('is reviewed by administrators only; a return needs a note and reopens the records', async () => {
    const byMember = await holder.request<Payload>(REVIEW, { input: { reportId, accept: true, note: '' } });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noNote = await admin.request<Payload>(REVIEW, { input: { reportId, accept: false, note: ' ' } });
    expect(noNote.data?.reviewAnnualReport?.__typename).toBe('ValidationError');
    const returned = await admin.request<Payload>(REVIEW, {
      input: { reportId, accept: false, note: '请补充服务成效。' },
    });
    expect(returned.data?.reviewAnnualReport?.data).toMatchObject({
      status: 'RETURNED',
      reviewNote: '请补充服务成效。',
    });
    const added = await record(holder, { date: `${reportYear}-10-01`, enterprisesServed: 20 });
    expect(added.data?.recordServiceActivity?.__typename).toBe('RecordServiceActivitySuccess');
    const resubmitted = await holder.request<Payload>(SUBMIT, {
      input: { accreditationId: titleId, year: reportYear, summary: '已补充服务成效。' },
    });
    expect(resubmitted.data?.submitAnnualReport?.data).toMatchObject({
      status: 'SUBMITTED',
      servicesRecorded: 4,
      enterprisesServed: 100,
    });
    const accepted = await admin.request<Payload>(REVIEW, { input: { reportId, accept: true, note: '' } });
    expect(accepted.data?.reviewAnnualReport?.data).toMatchObject({ status: 'ACCEPTED', allowedActions: [] });
    const twice = await admin.request<Payload>(REVIEW, { input: { reportId, accept: false, note: '再退回' } });
    expect(twice.data?.reviewAnnualReport).toMatchObject({ code: 'ILLEGAL_TRANSITION', article: 'Art. 12' });
  });
  it('writes the timeline and the audit in the same transaction', async () => {
    const raw = Buffer.from(reportId, 'base64').toString('utf8').split(':')[1] ?? '';
    const timeline = await server.db.prisma.timelineEntry.findMany({
      where: { subjectType: 'AnnualReport', subjectId: raw },
      orderBy: { at: 'asc' },
    });
    expect(timeline.map((e) => e.action)).toEqual(['submit', 'return', 'submit', 'accept']);
    const audits = await server.db.prisma.auditEvent.count({ where: { entityType: 'AnnualReport', entityId: raw } });
    expect(audits).toBe(4);
  });
});

describe('the ranking (Art. 14)', () => {
  const CANDIDATES = `query ($y: Int!) { nationalRecommendationCandidates(year: $y) {
    rank score recommended accreditation { id } components { name value weight } } }`;
  type Candidate = {
    rank: number;
    score: number;
    recommended: boolean;
    accreditation: { id: string };
    components: { name: string; value: number; weight: number }[];
  };
  it('is for administrators only', async () => {
    const r = await analyst.request(CANDIDATES, { y: rankYear });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
  it('ranks the valid titles best first, each with its six named components', async () => {
    const r = await admin.request<{ nationalRecommendationCandidates: Candidate[] }>(CANDIDATES, { y: rankYear });
    const list = r.data?.nationalRecommendationCandidates ?? [];
    expect(list.length).toBeGreaterThan(1);
    expect(list.map((c) => c.rank)).toEqual(list.map((_, i) => i + 1));
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score - 1e-9);
    const mine = list.find((c) => c.accreditation.id === titleId);
    expect(mine?.components.map((c) => c.name)).toEqual([
      'REVIEW_SCORE',
      'SERVICE_GROWTH',
      'PUBLIC_WELFARE_SHARE',
      'ACTIVITIES_ATTENDED',
      'SPOT_CHECK_RESULTS',
      'YEARS_HELD',
    ]);
    // 2 free services of 4 in its accepted report.
    expect(mine?.components.find((c) => c.name === 'PUBLIC_WELFARE_SHARE')?.value).toBeCloseTo(0.5, 9);
    const score =
      mine!.components.reduce((s, c) => s + c.weight * c.value, 0) / mine!.components.reduce((s, c) => s + c.weight, 0);
    expect(mine?.score).toBeCloseTo(score * 100, 9);
  });
  it('leaves out revoked titles', async () => {
    const revoked = await server.db.prisma.accreditation.findMany({ where: { revocation: { isNot: null } } });
    const r = await admin.request<{ nationalRecommendationCandidates: Candidate[] }>(CANDIDATES, { y: rankYear });
    const ids = new Set(r.data?.nationalRecommendationCandidates.map((c) => c.accreditation.id));
    for (const t of revoked) expect(ids.has(encodeGlobalID('Accreditation', t.id))).toBe(false);
  });
  it('follows the weights an administrator sets, and records them with a recommendation', async () => {
    const SET = `mutation ($input: SetRecommendationWeightsInput!) { setRecommendationWeights(input: $input) {
      __typename ... on SetRecommendationWeightsSuccess { data { version components { name weight } } } ... on RuleViolationError { code article } } }`;
    const weights = [
      { name: 'REVIEW_SCORE', weight: 0 },
      { name: 'SERVICE_GROWTH', weight: 0 },
      { name: 'PUBLIC_WELFARE_SHARE', weight: 100 },
      { name: 'ACTIVITIES_ATTENDED', weight: 0 },
      { name: 'SPOT_CHECK_RESULTS', weight: 0 },
      { name: 'YEARS_HELD', weight: 0 },
    ];
    expect((await holder.request(SET, { input: { weights } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await admin.request<Payload>(SET, { input: { weights: weights.slice(1) } });
    expect(bad.data?.setRecommendationWeights).toMatchObject({ code: 'INVALID_WEIGHTS', article: 'software' });
    const set = await admin.request<Payload>(SET, { input: { weights, note: '只看公益性服务' } });
    expect(set.data?.setRecommendationWeights?.data).toMatchObject({ version: 1 });
    const r = await admin.request<{ nationalRecommendationCandidates: Candidate[] }>(CANDIDATES, { y: rankYear });
    const list = r.data?.nationalRecommendationCandidates ?? [];
    const mine = list.find((c) => c.accreditation.id === titleId);
    expect(mine?.score).toBeCloseTo(50, 9);
    // Ranked by the public-welfare share alone now: each score is its share.
    for (const c of list) {
      const share = c.components.find((k) => k.name === 'PUBLIC_WELFARE_SHARE')?.value ?? -1;
      expect(c.score).toBeCloseTo(share * 100, 9);
    }

    const RECOMMEND = `mutation ($input: RecommendNationallyFromRankingInput!) { recommendNationallyFromRanking(input: $input) {
      __typename ... on RecommendNationallyFromRankingSuccess { data { rank score note ranking { weightsVersion weights { name weight } } } }
      ... on RuleViolationError { code article } } }`;
    const byMember = await holder.request(RECOMMEND, { input: { year: rankYear, accreditationIds: [titleId] } });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await admin.request<Payload>(RECOMMEND, {
      input: { year: rankYear, accreditationIds: [titleId], note: '公益性服务占比第一' },
    });
    expect(done.data?.recommendNationallyFromRanking?.data).toMatchObject([
      { rank: mine?.rank, score: mine?.score, note: '公益性服务占比第一', ranking: { weightsVersion: 1 } },
    ]);
    const revoked = await server.db.prisma.accreditation.findFirstOrThrow({ where: { revocation: { isNot: null } } });
    const refused = await admin.request<Payload>(RECOMMEND, {
      input: { year: rankYear, accreditationIds: [encodeGlobalID('Accreditation', revoked.id)] },
    });
    expect(refused.data?.recommendNationallyFromRanking).toMatchObject({ code: 'TITLE_NOT_VALID', article: 'Art. 14' });
  });
});
