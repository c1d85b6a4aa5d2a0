import { encodeGlobalID } from '@pothos/plugin-relay';
import { hashPassword } from '@sme/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';
import { reviewerMaySeeMaterials } from './review-access.js';

let server: TestServer;
let admin: GraphQLClient;
let unit: GraphQLClient;
let reviewer: GraphQLClient;

const gid = (id: string) => encodeGlobalID('Application', id);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

type Res = Record<string, { __typename: string; article?: string; code?: string; message?: string; data?: unknown }>;

async function as(email: string): Promise<GraphQLClient> {
  const client = await signedInClient(server.url, email);
  return client;
}

/** A staff account with the demo password (one hash, reused). */
let passwordHash: string;
async function staffUser(
  email: string,
  data: {
    roles: ('UNIT_STAFF' | 'REVIEWER' | 'ADMIN')[];
    unitCode?: string;
    expert?: {
      functions: ('INFORMATION' | 'TECHNOLOGY' | 'STARTUP' | 'TRAINING' | 'FINANCING')[];
      affiliations?: string[];
      unitCode?: string;
    };
  },
) {
  const prisma = server.db.prisma;
  const unitId = data.unitCode ? (await prisma.unit.findUniqueOrThrow({ where: { code: data.unitCode } })).id : null;
  const user = await prisma.user.create({
    data: { email, displayName: email.split('@')[0] ?? email, passwordHash, roles: data.roles, unitId },
  });
  if (data.expert) {
    const expertUnit = data.expert.unitCode
      ? (await prisma.unit.findUniqueOrThrow({ where: { code: data.expert.unitCode } })).id
      : null;
    await prisma.expertProfile.create({
      data: {
        userId: user.id,
        functions: data.expert.functions,
        affiliations: data.expert.affiliations ?? [],
        unitId: expertUnit,
      },
    });
  }
  return user;
}

/** A member organisation of `unitCode` with an application in `status` in the demo round. */
let orgCounter = 0;
async function applicationIn(
  status: 'SUBMITTED' | 'RECOMMENDED' | 'UNDER_REVIEW',
  unitCode: string,
  functions: ('INFORMATION' | 'TRAINING')[] = ['INFORMATION'],
) {
  const prisma = server.db.prisma;
  orgCounter += 1;
  const round = await prisma.round.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
  const unitRow = await prisma.unit.findUniqueOrThrow({ where: { code: unitCode } });
  const org = await prisma.organisation.create({
    data: {
      name: `测试机构${orgCounter}`,
      creditCode: `TEST${String(orgCounter).padStart(14, '0')}`,
      provinceCode: '110000',
      memberships: { create: { unitId: unitRow.id, since: day('2020-01-01'), status: 'ACTIVE' } },
    },
  });
  const app = await prisma.application.create({
    data: {
      roundId: round.id,
      organisationId: org.id,
      status,
      submittedAt: new Date(),
      functions: { create: functions.map((f) => ({ function: f })) },
    },
  });
  return { id: app.id, gid: gid(app.id), organisationId: org.id, organisationName: org.name };
}

async function reviewedApplication(reviewerEmail: string) {
  const prisma = server.db.prisma;
  const app = await applicationIn('UNDER_REVIEW', 'GAD');
  const reviewerRow = await prisma.user.findUniqueOrThrow({ where: { email: reviewerEmail } });
  await prisma.reviewerAssignment.create({
    data: {
      applicationId: app.id,
      reviewerId: reviewerRow.id,
      completedAt: new Date(),
      recommendation: 'PASS',
      weightedScore: 80,
      comment: 'ok',
    },
  });
  return app;
}

const version = async (id: string) => (await server.db.prisma.application.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  server = await startTestServer();
  passwordHash = await hashPassword('demo1234');
  [admin, unit, reviewer] = await Promise.all([
    as('admin@example.com'),
    as('unit@example.com'),
    as('reviewer@example.com'),
  ]);
}, 300_000);
afterAll(async () => {
  await server?.close();
});

const ERR = `__typename ... on Error { message } ... on RuleViolationError { article code }`;

const CREATE_ROUND = `mutation ($input: CreateRoundInput!) { createRound(input: $input) { ${ERR} ... on CreateRoundSuccess { data { id year sequence } } } }`;
const UPDATE_ROUND = `mutation ($input: UpdateRoundInput!) { updateRound(input: $input) { ${ERR} ... on UpdateRoundSuccess { data { id year sequence name } } } }`;

describe('rounds (Art. 10)', () => {
  it('an administrator creates two rounds a year; a third is refused as TOO_MANY_ROUNDS citing Art. 10', async () => {
    const round = (sequence: number, opensOn: string, submissionDeadline: string, reviewEndsOn: string) => ({
      year: 2031,
      sequence,
      name: `2031年第${sequence}批`,
      opensOn,
      submissionDeadline,
      reviewEndsOn,
    });
    const first = await admin.request<Res>(CREATE_ROUND, { input: round(1, '2031-03-01', '2031-04-30', '2031-06-15') });
    expect(first.data?.createRound?.__typename).toBe('CreateRoundSuccess');
    const second = await admin.request<Res>(CREATE_ROUND, {
      input: round(2, '2031-08-01', '2031-09-30', '2031-11-15'),
    });
    expect(second.data?.createRound?.__typename).toBe('CreateRoundSuccess');
    const third = await admin.request<Res>(CREATE_ROUND, { input: round(2, '2031-12-01', '2031-12-10', '2031-12-20') });
    expect(third.data?.createRound).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 10',
      code: 'TOO_MANY_ROUNDS',
    });
    expect(third.data?.createRound?.message).toContain('第十条');

    const rounds = await admin.request<{ rounds: { year: number }[] }>('{ rounds(year: 2031) { year sequence } }');
    expect(rounds.data?.rounds).toHaveLength(2);
  });

  it('refuses dates out of order, and an update that would put a third round in a year', async () => {
    const backwards = await admin.request<Res>(CREATE_ROUND, {
      input: {
        year: 2032,
        sequence: 1,
        name: '倒序',
        opensOn: '2032-05-01',
        submissionDeadline: '2032-04-01',
        reviewEndsOn: '2032-06-01',
      },
    });
    expect(backwards.data?.createRound).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'DATES_OUT_OF_ORDER',
      article: 'Art. 10',
    });

    const other = await admin.request<Res>(CREATE_ROUND, {
      input: {
        year: 2033,
        sequence: 1,
        name: '2033年第1批',
        opensOn: '2033-03-01',
        submissionDeadline: '2033-04-01',
        reviewEndsOn: '2033-05-01',
      },
    });
    const id = (other.data?.createRound?.data as { id: string }).id;
    const moved = await admin.request<Res>(UPDATE_ROUND, {
      input: {
        roundId: id,
        year: 2031,
        opensOn: '2031-06-20',
        submissionDeadline: '2031-07-01',
        reviewEndsOn: '2031-07-20',
      },
    });
    expect(moved.data?.updateRound).toMatchObject({ __typename: 'RuleViolationError', code: 'TOO_MANY_ROUNDS' });
    const renamed = await admin.request<Res>(UPDATE_ROUND, { input: { roundId: id, name: '2033年第一批' } });
    expect(renamed.data?.updateRound).toMatchObject({
      __typename: 'UpdateRoundSuccess',
      data: { name: '2033年第一批' },
    });
  });

  it('only administrators create rounds', async () => {
    const refused = await unit.request<Res>(CREATE_ROUND, {
      input: {
        year: 2034,
        sequence: 1,
        name: 'x',
        opensOn: '2034-03-01',
        submissionDeadline: '2034-04-01',
        reviewEndsOn: '2034-05-01',
      },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const RECOMMEND = `mutation ($input: RecommendApplicationInput!) { recommendApplication(input: $input) { ${ERR} ... on RecommendApplicationSuccess { data { id status version allowedActions } } } }`;
const RETURN = `mutation ($input: ReturnApplicationInput!) { returnApplication(input: $input) { ${ERR} ... on ReturnApplicationSuccess { data { id status } } } }`;
const DECLINE = `mutation ($input: DeclineRecommendationInput!) { declineRecommendation(input: $input) { ${ERR} ... on DeclineRecommendationSuccess { data { id status } } } }`;

describe('recommendation (Art. 2)', () => {
  it("puts the unit's own members' submitted applications in its queue, and only those", async () => {
    const own = await applicationIn('SUBMITTED', 'INF');
    const foreign = await applicationIn('SUBMITTED', 'MAG');
    const queue = await unit.request<{ recommendationQueue: { id: string; status: string }[] }>(
      '{ recommendationQueue { id status } }',
    );
    const ids = queue.data?.recommendationQueue.map((a) => a.id) ?? [];
    expect(ids).toContain(own.gid);
    expect(ids).not.toContain(foreign.gid);
    expect(queue.data?.recommendationQueue.every((a) => a.status === 'SUBMITTED')).toBe(true);
  });

  it("refuses another unit's staff and an administrator with WRONG_RECOMMENDING_UNIT (Art. 2)", async () => {
    const app = await applicationIn('SUBMITTED', 'INF');
    await staffUser('mag-staff@example.com', { roles: ['UNIT_STAFF'], unitCode: 'MAG' });
    const magazine = await as('mag-staff@example.com');
    for (const client of [magazine, admin]) {
      const refused = await client.request<Res>(RECOMMEND, { input: { applicationId: app.gid, opinion: '同意' } });
      expect(refused.data?.recommendApplication).toMatchObject({
        __typename: 'RuleViolationError',
        article: 'Art. 2',
        code: 'WRONG_RECOMMENDING_UNIT',
      });
    }
    expect((await server.db.prisma.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('SUBMITTED');
  });

  it('the unit recommends with an opinion: RECOMMENDED, a recommendation, a timeline entry and an audit event; a stale version is a conflict', async () => {
    const app = await applicationIn('SUBMITTED', 'INF');
    const v = await version(app.id);
    const stale = await unit.request<Res>(RECOMMEND, {
      input: { applicationId: app.gid, opinion: '同意推荐', version: v - 1 },
    });
    expect(stale.data?.recommendApplication?.__typename).toBe('ConflictError');

    const done = await unit.request<Res>(RECOMMEND, {
      input: { applicationId: app.gid, opinion: '同意推荐', version: v },
    });
    expect(done.data?.recommendApplication).toMatchObject({
      __typename: 'RecommendApplicationSuccess',
      data: { status: 'RECOMMENDED', version: v + 1, allowedActions: [] },
    });
    const detail = await admin.request<{
      application: {
        recommendations: { decision: string; comment: string }[];
        timeline: { action: string; note: string }[];
        allowedActions: string[];
      };
    }>(
      `query ($id: ID!) { application(id: $id) { allowedActions recommendations { decision comment unit { code } } timeline { action note status } } }`,
      { id: app.gid },
    );
    expect(detail.data?.application.recommendations).toEqual([
      expect.objectContaining({ decision: 'RECOMMENDED', comment: '同意推荐' }),
    ]);
    expect(detail.data?.application.timeline.at(-1)).toMatchObject({ action: 'recommend', note: '同意推荐' });
    expect(detail.data?.application.allowedActions).toEqual(expect.arrayContaining(['RETURN', 'START_REVIEW']));
    expect(
      await server.db.prisma.auditEvent.count({ where: { entityId: app.id, action: 'application.recommend' } }),
    ).toBe(1);
  });

  it('the unit returns for changes or declines with a reason; declining ends the application', async () => {
    const toReturn = await applicationIn('SUBMITTED', 'INF');
    const returned = await unit.request<Res>(RETURN, {
      input: { applicationId: toReturn.gid, reason: '请补充审计报告' },
    });
    expect(returned.data?.returnApplication).toMatchObject({
      __typename: 'ReturnApplicationSuccess',
      data: { status: 'RETURNED' },
    });

    const toDecline = await applicationIn('SUBMITTED', 'INF');
    const empty = await unit.request<Res>(DECLINE, { input: { applicationId: toDecline.gid, reason: '  ' } });
    expect(empty.data?.declineRecommendation?.__typename).toBe('ValidationError');
    const declined = await unit.request<Res>(DECLINE, {
      input: { applicationId: toDecline.gid, reason: '服务规模不足' },
    });
    expect(declined.data?.declineRecommendation).toMatchObject({
      __typename: 'DeclineRecommendationSuccess',
      data: { status: 'NOT_RECOMMENDED' },
    });
    const again = await unit.request<Res>(RECOMMEND, { input: { applicationId: toDecline.gid, opinion: '改为推荐' } });
    expect(again.data?.recommendApplication).toMatchObject({ __typename: 'RuleViolationError', article: 'Art. 2' });
  });
});

const ASSIGN = `mutation ($input: AssignReviewersInput!) { assignReviewers(input: $input) { ${ERR} ... on AssignReviewersSuccess { data { id status assignments { reviewerName } } } } }`;
const AUTO = `mutation ($input: AutoAssignReviewersInput!) { autoAssignReviewers(input: $input) { ${ERR} ... on AutoAssignReviewersSuccess { data { assigned shortfalls { missing application { id } } } } } }`;
const DECLARE = `mutation ($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { ${ERR} ... on DeclareConflictOfInterestSuccess { data { recusedAt conflictDeclaredAt } } } }`;
const SUBMIT = `mutation ($input: SubmitReviewInput!) { submitReview(input: $input) { ${ERR} ... on SubmitReviewSuccess { data { weightedScore recommendation completedAt } } } }`;
const REVIEWS = `query ($id: ID!) { application(id: $id) { status needsReassignment reviews { count average spread pass fail } assignments { reviewerName weightedScore recommendation recusedAt scores { criterion score } } rubric { code maxScore weight } attestedConditions { code } } }`;

type ReviewsView = {
  application: {
    status: string;
    needsReassignment: boolean;
    reviews: { count: number; average: number | null; spread: number | null; pass: number; fail: number } | null;
    assignments: {
      reviewerName: string;
      weightedScore: number | null;
      recommendation: string | null;
      recusedAt: string | null;
      scores: unknown[];
    }[];
    rubric: { code: string; maxScore: number; weight: number }[];
    attestedConditions: { code: string }[];
  };
};

const userGid = async (email: string) =>
  encodeGlobalID('User', (await server.db.prisma.user.findUniqueOrThrow({ where: { email } })).id);

async function fullMarks(client: GraphQLClient, appGid: string, fraction: number) {
  const view = await client.request<ReviewsView>(REVIEWS, { id: appGid });
  return view.data!.application.rubric.map((c) => ({ criterion: c.code, score: c.maxScore * fraction }));
}

describe('assignment, conflicts and scoring (Art. 8)', () => {
  it('assigns from the pool (RECOMMENDED → UNDER_REVIEW); the materials stay closed to the reviewer until they declare no conflict', async () => {
    const app = await applicationIn('RECOMMENDED', 'GAD');
    const reviewerId = await userGid('reviewer@example.com');
    const assigned = await admin.request<Res>(ASSIGN, { input: { applicationId: app.gid, reviewerIds: [reviewerId] } });
    expect(assigned.data?.assignReviewers).toMatchObject({
      __typename: 'AssignReviewersSuccess',
      data: { status: 'UNDER_REVIEW' },
    });
    const reviewerRow = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@example.com' } });
    expect(await reviewerMaySeeMaterials(server.db.prisma, reviewerRow.id, app.id)).toBe(false);

    const scores = await fullMarks(reviewer, app.gid, 0.8);
    const early = await reviewer.request<Res>(SUBMIT, {
      input: { applicationId: app.gid, scores, recommendation: 'PASS', comment: '好' },
    });
    expect(early.data?.submitReview).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'CONFLICT_DECLARATION_REQUIRED',
    });

    const declared = await reviewer.request<Res>(DECLARE, { input: { applicationId: app.gid, hasConflict: false } });
    expect(declared.data?.declareConflictOfInterest).toMatchObject({
      __typename: 'DeclareConflictOfInterestSuccess',
      data: { recusedAt: null },
    });
    expect(await reviewerMaySeeMaterials(server.db.prisma, reviewerRow.id, app.id)).toBe(true);

    const tooHigh = await reviewer.request<Res>(SUBMIT, {
      input: {
        applicationId: app.gid,
        scores: scores.map((s, i) => (i === 0 ? { ...s, score: 99 } : s)),
        recommendation: 'PASS',
        comment: '好',
      },
    });
    expect(tooHigh.data?.submitReview).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'SCORE_OUT_OF_RANGE',
      article: 'Art. 8',
    });
    const ok = await reviewer.request<Res>(SUBMIT, {
      input: { applicationId: app.gid, scores, recommendation: 'PASS', comment: '服务规范' },
    });
    expect(ok.data?.submitReview).toMatchObject({
      __typename: 'SubmitReviewSuccess',
      data: { weightedScore: 80, recommendation: 'PASS' },
    });
    // Submitted again while under review, it replaces the earlier review.
    const twice = await reviewer.request<Res>(SUBMIT, {
      input: { applicationId: app.gid, scores, recommendation: 'FAIL', comment: '改' },
    });
    expect(twice.data?.submitReview).toMatchObject({
      __typename: 'SubmitReviewSuccess',
      data: { weightedScore: 80, recommendation: 'FAIL' },
    });
  });

  it("hides the other reviewers' scores until one has submitted one's own", async () => {
    await staffUser('expert-b@example.com', {
      roles: ['REVIEWER'],
      expert: { functions: ['INFORMATION', 'TRAINING'] },
    });
    const b = await as('expert-b@example.com');
    const app = await applicationIn('RECOMMENDED', 'GAD');
    await admin.request(ASSIGN, {
      input: {
        applicationId: app.gid,
        reviewerIds: [await userGid('reviewer@example.com'), await userGid('expert-b@example.com')],
      },
    });
    for (const client of [reviewer, b])
      await client.request(DECLARE, { input: { applicationId: app.gid, hasConflict: false } });
    await reviewer.request(SUBMIT, {
      input: {
        applicationId: app.gid,
        scores: await fullMarks(reviewer, app.gid, 0.9),
        recommendation: 'PASS',
        comment: '优',
      },
    });

    const before = await b.request<ReviewsView>(REVIEWS, { id: app.gid });
    expect(before.data?.application.reviews).toBeNull();
    expect(before.data?.application.assignments.map((a) => a.weightedScore)).toEqual([null, null]);
    expect(before.data?.application.assignments.every((a) => a.scores.length === 0)).toBe(true);

    await b.request(SUBMIT, {
      input: {
        applicationId: app.gid,
        scores: await fullMarks(b, app.gid, 0.5),
        recommendation: 'FAIL',
        comment: '一般',
      },
    });
    const after = await b.request<ReviewsView>(REVIEWS, { id: app.gid });
    expect(after.data?.application.reviews).toMatchObject({ count: 2, average: 70, spread: 40, pass: 1, fail: 1 });
    const adminView = await admin.request<ReviewsView>(REVIEWS, { id: app.gid });
    expect(adminView.data?.application.assignments.map((a) => a.weightedScore).sort()).toEqual([50, 90]);
    const unitView = await unit.request<ReviewsView>(REVIEWS, { id: app.gid });
    expect(unitView.data?.application?.reviews ?? null).toBeNull();
  });

  it('a declared conflict recuses the reviewer, closes the materials, flags reassignment; automatic assignment skips them and tops up', async () => {
    await staffUser('expert-c@example.com', { roles: ['REVIEWER'], expert: { functions: ['INFORMATION'] } });
    const c = await as('expert-c@example.com');
    const app = await applicationIn('RECOMMENDED', 'GAD');
    await admin.request(ASSIGN, {
      input: { applicationId: app.gid, reviewerIds: [await userGid('expert-c@example.com')] },
    });
    const declared = await c.request<Res>(DECLARE, {
      input: { applicationId: app.gid, hasConflict: true, note: '曾任该机构顾问' },
    });
    expect((declared.data?.declareConflictOfInterest?.data as { recusedAt: string | null }).recusedAt).not.toBeNull();
    const cRow = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'expert-c@example.com' } });
    expect(await reviewerMaySeeMaterials(server.db.prisma, cRow.id, app.id)).toBe(false);
    const flagged = await admin.request<ReviewsView>(REVIEWS, { id: app.gid });
    expect(flagged.data?.application.needsReassignment).toBe(true);

    // By hand: refused for the conflicted expert.
    const back = await admin.request<Res>(ASSIGN, {
      input: { applicationId: app.gid, reviewerIds: [await userGid('expert-c@example.com')] },
    });
    expect(back.data?.assignReviewers).toMatchObject({ __typename: 'RuleViolationError', code: 'REVIEWER_EXCLUDED' });

    const round = await server.db.prisma.round.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
    const auto = await admin.request<Res>(AUTO, {
      input: { roundId: encodeGlobalID('Round', round.id), reviewersPerApplication: 1 },
    });
    expect(auto.data?.autoAssignReviewers?.__typename).toBe('AutoAssignReviewersSuccess');
    const assignments = await server.db.prisma.reviewerAssignment.findMany({
      where: { applicationId: app.id },
      include: { reviewer: true },
    });
    const active = assignments.filter((a) => a.recusedAt === null);
    expect(active).toHaveLength(1);
    expect(active[0]?.reviewer.email).not.toBe('expert-c@example.com');
    const after = await admin.request<ReviewsView>(REVIEWS, { id: app.gid });
    expect(after.data?.application.needsReassignment).toBe(false);
    // Every recommended application of the round is now in review.
    expect(await server.db.prisma.application.count({ where: { roundId: round.id, status: 'RECOMMENDED' } })).toBe(0);
  });

  it('never assigns an expert who works for the recommending unit or is affiliated with the organisation', async () => {
    await staffUser('expert-gad@example.com', {
      roles: ['REVIEWER'],
      expert: { functions: ['INFORMATION'], unitCode: 'GAD' },
    });
    const app = await applicationIn('RECOMMENDED', 'GAD');
    const refused = await admin.request<Res>(ASSIGN, {
      input: { applicationId: app.gid, reviewerIds: [await userGid('expert-gad@example.com')] },
    });
    expect(refused.data?.assignReviewers).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'REVIEWER_EXCLUDED',
    });
    expect(refused.data?.assignReviewers?.message).toContain('推荐单位');
  });
});

const REQUEST_INFO = `mutation ($input: RequestMoreInformationInput!) { requestMoreInformation(input: $input) { ${ERR} ... on RequestMoreInformationSuccess { data { status infoRequests { request dueOn response } } } } }`;

describe('information requests', () => {
  it('an assigned reviewer asks for more with a due date: MORE_INFO_REQUESTED; a past due date is refused', async () => {
    const app = await applicationIn('RECOMMENDED', 'GAD');
    await admin.request(ASSIGN, {
      input: { applicationId: app.gid, reviewerIds: [await userGid('reviewer@example.com')] },
    });
    await reviewer.request(DECLARE, { input: { applicationId: app.gid, hasConflict: false } });
    const past = await reviewer.request<Res>(REQUEST_INFO, {
      input: { applicationId: app.gid, request: '请补充', dueOn: isoIn(-1) },
    });
    expect(past.data?.requestMoreInformation?.__typename).toBe('ValidationError');
    const asked = await reviewer.request<Res>(REQUEST_INFO, {
      input: { applicationId: app.gid, request: '请补充2025年服务台账', dueOn: isoIn(7) },
    });
    expect(asked.data?.requestMoreInformation).toMatchObject({
      __typename: 'RequestMoreInformationSuccess',
      data: {
        status: 'MORE_INFO_REQUESTED',
        infoRequests: [{ request: '请补充2025年服务台账', dueOn: isoIn(7), response: null }],
      },
    });
    const unitTry = await unit.request<Res>(REQUEST_INFO, {
      input: { applicationId: app.gid, request: 'x', dueOn: isoIn(7) },
    });
    expect(unitTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const DECIDE = `mutation ($input: DecideApplicationsInput!) { decideApplications(input: $input) { ${ERR} ... on DecideApplicationsSuccess { data { id status decidedAt } } } }`;

describe('decisions', () => {
  it('is all or nothing: one application in the wrong state refuses the batch and changes nothing', async () => {
    const reviewed = await reviewedApplication('reviewer@example.com');
    const notYet = await applicationIn('RECOMMENDED', 'GAD');
    const refused = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [reviewed.gid, notYet.gid], outcome: 'REVIEW_PASSED', note: '评审会决定' },
    });
    expect(refused.data?.decideApplications).toMatchObject({ __typename: 'RuleViolationError', article: 'Art. 8' });
    expect(refused.data?.decideApplications?.message).toContain(notYet.organisationName);
    const row = await server.db.prisma.application.findUniqueOrThrow({ where: { id: reviewed.id } });
    expect(row.status).toBe('UNDER_REVIEW');
    expect(row.decidedAt).toBeNull();
    expect(
      await server.db.prisma.auditEvent.count({ where: { entityId: reviewed.id, action: 'application.passReview' } }),
    ).toBe(0);
  });

  it('decides a batch: each REVIEW_PASSED with decidedAt, one audit event and one timeline entry each', async () => {
    const a = await reviewedApplication('reviewer@example.com');
    const b = await reviewedApplication('reviewer@example.com');
    const done = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [a.gid, b.gid], outcome: 'REVIEW_PASSED', note: '评审会通过' },
    });
    expect(done.data?.decideApplications?.__typename).toBe('DecideApplicationsSuccess');
    for (const app of [a, b]) {
      const row = await server.db.prisma.application.findUniqueOrThrow({ where: { id: app.id } });
      expect(row.status).toBe('REVIEW_PASSED');
      expect(row.decidedAt).not.toBeNull();
      expect(
        await server.db.prisma.auditEvent.count({ where: { entityId: app.id, action: 'application.passReview' } }),
      ).toBe(1);
      expect(
        await server.db.prisma.timelineEntry.count({ where: { applicationId: app.id, action: 'passReview' } }),
      ).toBe(1);
    }
  });

  it('refuses without a submitted review, to non-administrators, and with a stale version (ConflictError)', async () => {
    const bare = await applicationIn('UNDER_REVIEW', 'GAD');
    const noReviews = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [bare.gid], outcome: 'REVIEW_FAILED', note: 'x' },
    });
    expect(noReviews.data?.decideApplications).toMatchObject({ __typename: 'RuleViolationError', code: 'NO_REVIEWS' });

    const app = await reviewedApplication('reviewer@example.com');
    const byReviewer = await reviewer.request<Res>(DECIDE, {
      input: { applicationIds: [app.gid], outcome: 'REVIEW_PASSED', note: 'x' },
    });
    expect(byReviewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const v = await version(app.id);
    const stale = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [app.gid], outcome: 'REVIEW_FAILED', note: 'x', versions: [v - 1] },
    });
    expect(stale.data?.decideApplications?.__typename).toBe('ConflictError');
    const failed = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [app.gid], outcome: 'REVIEW_FAILED', note: '不通过', versions: [v] },
    });
    expect(failed.data?.decideApplications).toMatchObject({
      __typename: 'DecideApplicationsSuccess',
      data: [{ status: 'REVIEW_FAILED' }],
    });
  });
});

describe('workbench counts', () => {
  it('gives each staff role its review to-dos', async () => {
    const q = '{ reviewToDo { toRecommend toAssign toReassign toScore toDecide overdueInfoRequests } }';
    const u = await unit.request<{ reviewToDo: Record<string, number> }>(q);
    expect(u.data?.reviewToDo.toRecommend).toBe(
      await server.db.prisma.application.count({
        where: {
          status: 'SUBMITTED',
          organisation: { memberships: { some: { status: 'ACTIVE', unit: { code: 'INF' } } } },
        },
      }),
    );
    expect(u.data?.reviewToDo.toDecide).toBe(0);
    const r = await reviewer.request<{ reviewToDo: Record<string, number> }>(q);
    expect(r.data?.reviewToDo.toScore).toBeGreaterThan(0);
    const a = await admin.request<{ reviewToDo: Record<string, number> }>(q);
    expect(a.data?.reviewToDo.toDecide).toBeGreaterThan(0);
  });
});
