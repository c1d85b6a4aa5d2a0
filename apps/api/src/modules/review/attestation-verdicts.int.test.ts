// Arts. 5 and 9: a reviewer's rejection of an attested condition stops the application from
// passing review until that reviewer revises; a review may be revised until the decision.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { hashPassword } from '@sme/db';
import { checkEligibility } from '@sme/domain';
import { completeApplicationFacts } from '@sme/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, signedInClient, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
let sun: GraphQLClient; // reviewer@example.com, 评审专家 孙立
let wu: GraphQLClient; // a second expert, 吴刚

type Res = Record<string, { __typename: string; article?: string; code?: string; message?: string; data?: unknown }>;
const ERR = `__typename ... on Error { message } ... on RuleViolationError { article code }`;
const SUBMIT = `mutation ($input: SubmitReviewInput!) { submitReview(input: $input) { ${ERR} ... on SubmitReviewSuccess { data { weightedScore recommendation comment completedAt attestationVerdicts { code confirmed } scores { criterion score } } } } }`;
const DECIDE = `mutation ($input: DecideApplicationsInput!) { decideApplications(input: $input) { ${ERR} ... on DecideApplicationsSuccess { data { id status } } } }`;
const SHEET = `query ($id: ID!) { application(id: $id) { version rubric { code maxScore } attestedConditions { code article condition } rejectedAttestations { code article condition rejectedBy } timeline { action status actor note } } }`;

type Sheet = {
  application: {
    version: number;
    rubric: { code: string; maxScore: number }[];
    attestedConditions: { code: string; article: string; condition: string }[];
    rejectedAttestations: { code: string; article: string; condition: string; rejectedBy: string[] }[];
    timeline: { action: string; status: string; actor: string | null; note: string | null }[];
  };
};

const LEGAL_PERSON = 'ART5_1_INDEPENDENT_LEGAL_PERSON';
const SNAPSHOT = checkEligibility({ ...completeApplicationFacts, submittedOn: '2026-11-02' });

let counter = 0;
/** An application in review with the complete facts' attestations frozen, assigned to both experts, who declared no conflict. */
async function inReview() {
  const prisma = server.db.prisma;
  counter += 1;
  const round = await prisma.round.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
  const unit = await prisma.unit.findUniqueOrThrow({ where: { code: 'GAD' } });
  const org = await prisma.organisation.create({
    data: {
      name: `核验测试中心${counter}`,
      creditCode: `VERD${String(counter).padStart(14, '0')}`,
      provinceCode: '110000',
      memberships: { create: { unitId: unit.id, since: new Date('2020-01-01T00:00:00Z'), status: 'ACTIVE' } },
    },
  });
  const app = await prisma.application.create({
    data: {
      roundId: round.id,
      organisationId: org.id,
      status: 'UNDER_REVIEW',
      submittedAt: new Date(),
      eligibilitySnapshot: SNAPSHOT as never,
      functions: { create: [{ function: 'TRAINING' }] },
    },
  });
  for (const email of ['reviewer@example.com', 'expert-wu@example.com']) {
    const reviewer = await prisma.user.findUniqueOrThrow({ where: { email } });
    await prisma.reviewerAssignment.create({ data: { applicationId: app.id, reviewerId: reviewer.id } });
    await prisma.conflictDeclaration.create({
      data: { applicationId: app.id, reviewerId: reviewer.id, hasConflict: false },
    });
  }
  return { id: app.id, gid: encodeGlobalID('Application', app.id), name: org.name };
}

async function sheet(client: GraphQLClient, gid: string) {
  const view = await client.request<Sheet>(SHEET, { id: gid });
  if (!view.data?.application) throw new Error(JSON.stringify(view));
  return view.data.application;
}

/** A complete review: every criterion at `fraction` of its maximum, the listed conditions rejected, the rest confirmed. */
async function review(
  client: GraphQLClient,
  gid: string,
  opts: { fraction?: number; reject?: string[]; recommendation?: 'PASS' | 'FAIL'; comment?: string } = {},
) {
  const s = await sheet(client, gid);
  return client.request<Res>(SUBMIT, {
    input: {
      applicationId: gid,
      scores: s.rubric.map((c) => ({ criterion: c.code, score: c.maxScore * (opts.fraction ?? 0.8) })),
      attestationVerdicts: s.attestedConditions.map((c) => ({
        code: c.code,
        confirmed: !(opts.reject ?? []).includes(c.code),
      })),
      recommendation: opts.recommendation ?? 'PASS',
      comment: opts.comment ?? '材料属实，建议通过。',
    },
  });
}

const row = (id: string) => server.db.prisma.application.findUniqueOrThrow({ where: { id } });
const audits = (id: string, action: string) =>
  server.db.prisma.auditEvent.findMany({ where: { entityId: id, action }, orderBy: { occurredAt: 'asc' } });

beforeAll(async () => {
  server = await startTestServer();
  const passwordHash = await hashPassword('demo1234');
  const wuUser = await server.db.prisma.user.create({
    data: { email: 'expert-wu@example.com', displayName: '吴刚', passwordHash, roles: ['REVIEWER'] },
  });
  await server.db.prisma.expertProfile.create({
    data: { userId: wuUser.id, functions: ['TRAINING'], affiliations: [] },
  });
  [admin, sun, wu] = await Promise.all([
    signedInClient(server.url, 'admin@example.com'),
    signedInClient(server.url, 'reviewer@example.com'),
    signedInClient(server.url, 'expert-wu@example.com'),
  ]);
}, 300_000);
afterAll(async () => {
  await server?.close();
});

describe('a rejected attested condition stops passing review (Arts. 5 and 9)', () => {
  it('refuses REVIEW_PASSED with ATTESTATION_REJECTED citing Art. 5, naming the application, the condition and the reviewer; nothing changes', async () => {
    const app = await inReview();
    expect(
      (await review(sun, app.gid, { reject: [LEGAL_PERSON], recommendation: 'FAIL' })).data?.submitReview?.__typename,
    ).toBe('SubmitReviewSuccess');
    expect((await review(wu, app.gid)).data?.submitReview?.__typename).toBe('SubmitReviewSuccess');

    const view = await sheet(admin, app.gid);
    expect(view.rejectedAttestations).toEqual([
      { code: LEGAL_PERSON, article: 'Art. 5(1)', condition: '具有独立法人资格', rejectedBy: ['评审专家 孙立'] },
    ]);
    const before = await row(app.id);

    const refused = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [app.gid], outcome: 'REVIEW_PASSED', note: '评审通过', versions: [view.version] },
    });
    expect(refused.data?.decideApplications).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 5',
      code: 'ATTESTATION_REJECTED',
    });
    const zh = refused.data?.decideApplications?.message ?? '';
    expect(zh).toContain(app.name);
    expect(zh).toMatch(/第五条第（一）[项款]“具有独立法人资格”/);
    expect(zh).toContain('评审专家 孙立');
    expect(zh).toContain('系统规则');
    expect(zh).not.toMatch(/[A-Za-z]/);
    expect(zh.split(app.name)).toHaveLength(2); // named once, not prefixed again by the batch

    const after = await row(app.id);
    expect(after).toMatchObject({ status: 'UNDER_REVIEW', version: before.version, decidedAt: null });
    expect(await server.db.prisma.reviewDecision.count({ where: { applicationId: app.id } })).toBe(0);
    expect(await audits(app.id, 'application.passReview')).toHaveLength(0);
    expect(await server.db.prisma.timelineEntry.count({ where: { applicationId: app.id, action: 'passReview' } })).toBe(
      0,
    );
  });

  it('refuses the whole batch when one application has a rejected condition', async () => {
    const clean = await inReview();
    await review(sun, clean.gid);
    const rejected = await inReview();
    await review(wu, rejected.gid, { reject: [LEGAL_PERSON, 'ART5_4_REASONABLE_FEES'] });
    const refused = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [clean.gid, rejected.gid], outcome: 'REVIEW_PASSED', note: '评审通过' },
    });
    expect(refused.data?.decideApplications).toMatchObject({ code: 'ATTESTATION_REJECTED', article: 'Art. 5' });
    expect(refused.data?.decideApplications?.message).toContain(rejected.name);
    expect(refused.data?.decideApplications?.message).toMatch(/第五条第（四）项“合理的收费标准”（吴刚否决）/);
    expect((await row(clean.id)).status).toBe('UNDER_REVIEW');
    expect((await row(rejected.id)).status).toBe('UNDER_REVIEW');
  });

  it('lets the administrator fail an application with a rejected condition', async () => {
    const app = await inReview();
    await review(sun, app.gid, { reject: [LEGAL_PERSON], recommendation: 'FAIL' });
    const failed = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [app.gid], outcome: 'REVIEW_FAILED', note: '独立法人资格不属实' },
    });
    expect(failed.data?.decideApplications).toMatchObject({
      __typename: 'DecideApplicationsSuccess',
      data: [{ status: 'REVIEW_FAILED' }],
    });
  });

  it('hides the rejections from a reviewer who has not submitted their own review', async () => {
    const app = await inReview();
    await review(sun, app.gid, { reject: [LEGAL_PERSON] });
    expect((await sheet(wu, app.gid)).rejectedAttestations).toEqual([]);
    await review(wu, app.gid);
    expect((await sheet(wu, app.gid)).rejectedAttestations.map((r) => r.code)).toEqual([LEGAL_PERSON]);
  });
});

describe('revising a review while the application is under review', () => {
  it('replaces scores, verdicts, comment and recommendation; leaves a timeline entry and an audit record; the pass then goes through', async () => {
    const app = await inReview();
    await review(sun, app.gid, {
      reject: [LEGAL_PERSON],
      recommendation: 'FAIL',
      fraction: 0.5,
      comment: '法人资格存疑。',
    });
    const readBefore = (await sheet(admin, app.gid)).version;

    const revised = await review(sun, app.gid, {
      recommendation: 'PASS',
      fraction: 0.9,
      comment: '补充核实后，法人资格属实。',
    });
    expect(revised.data?.submitReview).toMatchObject({
      __typename: 'SubmitReviewSuccess',
      data: { weightedScore: 90, recommendation: 'PASS', comment: '补充核实后，法人资格属实。' },
    });
    const data = revised.data?.submitReview?.data as {
      attestationVerdicts: { code: string; confirmed: boolean }[];
      scores: { score: number }[];
    };
    expect(data.attestationVerdicts.every((v) => v.confirmed)).toBe(true);
    expect(data.scores.every((s) => s.score === 9)).toBe(true);
    const assignment = await server.db.prisma.reviewerAssignment.findFirstOrThrow({
      where: { applicationId: app.id, reviewer: { email: 'reviewer@example.com' } },
      include: { scores: true },
    });
    expect(assignment.scores).toHaveLength((await sheet(admin, app.gid)).rubric.length);

    const view = await sheet(admin, app.gid);
    expect(view.rejectedAttestations).toEqual([]);
    const reviewEntries = view.timeline.filter((e) => e.action === 'submitReview' || e.action === 'reviseReview');
    expect(reviewEntries).toEqual([
      { action: 'submitReview', status: 'UNDER_REVIEW', actor: null, note: null },
      { action: 'reviseReview', status: 'UNDER_REVIEW', actor: null, note: null },
    ]);
    const [revision] = await audits(app.id, 'review.revise');
    expect(revision?.data).toMatchObject({
      weightedScore: 90,
      recommendation: 'PASS',
      rejected: [],
      previous: { weightedScore: 50, recommendation: 'FAIL', rejected: [LEGAL_PERSON] },
    });
    expect(await audits(app.id, 'review.submit')).toHaveLength(1);

    // The decision read before the revision is stale; read again, it passes.
    const stale = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [app.gid], outcome: 'REVIEW_PASSED', note: '评审通过', versions: [readBefore] },
    });
    expect(stale.data?.decideApplications?.__typename).toBe('ConflictError');
    const passed = await admin.request<Res>(DECIDE, {
      input: { applicationIds: [app.gid], outcome: 'REVIEW_PASSED', note: '评审通过', versions: [view.version] },
    });
    expect(passed.data?.decideApplications).toMatchObject({
      __typename: 'DecideApplicationsSuccess',
      data: [{ status: 'REVIEW_PASSED' }],
    });
  });

  it('refuses a revision once the application is decided (REVIEW_CLOSED, a rule of the software); nothing changes', async () => {
    const app = await inReview();
    await review(sun, app.gid);
    await admin.request<Res>(DECIDE, {
      input: { applicationIds: [app.gid], outcome: 'REVIEW_PASSED', note: '评审通过' },
    });
    const before = await server.db.prisma.reviewerAssignment.findFirstOrThrow({
      where: { applicationId: app.id, reviewer: { email: 'reviewer@example.com' } },
    });

    const late = await review(sun, app.gid, { reject: [LEGAL_PERSON], recommendation: 'FAIL', comment: '改为不通过' });
    expect(late.data?.submitReview).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'software',
      code: 'REVIEW_CLOSED',
    });
    expect(late.data?.submitReview?.message).toContain('系统规则');
    const after = await server.db.prisma.reviewerAssignment.findFirstOrThrow({
      where: { applicationId: app.id, reviewer: { email: 'reviewer@example.com' } },
    });
    expect(after).toEqual(before);
    expect(await audits(app.id, 'review.revise')).toHaveLength(0);
    expect((await row(app.id)).status).toBe('REVIEW_PASSED');
  });

  it('waits while more information is requested, and resumes once the review is back', async () => {
    const app = await inReview();
    await review(sun, app.gid, { reject: [LEGAL_PERSON] });
    await server.db.prisma.application.update({ where: { id: app.id }, data: { status: 'MORE_INFO_REQUESTED' } });
    const waiting = await review(sun, app.gid);
    expect(waiting.data?.submitReview).toMatchObject({ __typename: 'RuleViolationError', code: 'NOT_UNDER_REVIEW' });
    await server.db.prisma.application.update({ where: { id: app.id }, data: { status: 'UNDER_REVIEW' } });
    expect((await review(sun, app.gid)).data?.submitReview?.__typename).toBe('SubmitReviewSuccess');
    expect((await sheet(admin, app.gid)).rejectedAttestations).toEqual([]);
  });
});
