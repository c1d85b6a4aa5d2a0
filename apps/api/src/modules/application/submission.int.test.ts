import { completeApplicationFacts } from '@sme/domain/testing';
import { attestedConditionsOf } from '../review/attested-conditions.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../../testing/sample-files.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let member: GraphQLClient;
let applicationId: string;
let rawId: string;

const KINDS = [
  'FUNCTION_CATEGORY_FORM',
  'APPLICATION_REPORT',
  'LEGAL_PERSON_CERTIFICATE',
  'AUDIT_REPORT',
  'PREMISES_PROOF',
  'SERVICE_EVIDENCE',
  'QUALIFICATIONS',
  'AUTHENTICITY_DECLARATION',
];
const ELIGIBLE_FACTS = completeApplicationFacts;

const SAVE = `mutation ($input: SaveApplicationFactsInput!) { saveApplicationFacts(input: $input) {
  __typename ... on SaveApplicationFactsSuccess { data { version facts { serviceStaff } eligibility { eligible } } }
  ... on RuleViolationError { code article } ... on ConflictError { expectedVersion actualVersion } ... on ValidationError { fieldErrors { path } } } }`;
const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) {
  __typename ... on SubmitApplicationSuccess { data { status submittedAt eligibility { eligible } timeline { action status } } }
  ... on RuleViolationError { code article message } ... on ConflictError { actualVersion } } }`;
const READ = `query ($id: ID!) { application(id: $id) { version status allowedActions facts { serviceStaff } } }`;

type Result = { __typename: string; code?: string; article?: string; data?: Record<string, unknown> };

async function version(): Promise<number> {
  const read = await member.request<{ application: { version: number } }>(READ, { id: applicationId });
  return read.data?.application.version ?? 0;
}
async function submit(declarationAccepted = true): Promise<Result | undefined> {
  const r = await member.request<{ submitApplication: Result }>(SUBMIT, {
    input: { applicationId, declarationAccepted },
  });
  return r.data?.submitApplication;
}
async function uploadAll(except: string[] = []) {
  for (const kind of KINDS.filter((k) => !except.includes(k))) {
    const form = new FormData();
    form.append('file', new Blob([samplePdf(kind)], { type: 'application/pdf' }), `${kind}.pdf`);
    const response = await fetch(`${server.url}/api/applications/${applicationId}/materials/${kind}`, {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true', cookie: member.sessionCookie ?? '' },
      body: form,
    });
    expect(response.status).toBe(201);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  member = await signedInClient(server.url, 'member@example.com');
  const rounds = await member.request<{ openRounds: { id: string }[] }>('{ openRounds { id } }');
  const created = await member.request<{ createDraftApplication: { data: { id: string } } }>(
    'mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) { ... on CreateDraftApplicationSuccess { data { id } } } }',
    { input: { roundId: rounds.data?.openRounds[0]?.id, functions: ['TRAINING'] } },
  );
  applicationId = created.data?.createDraftApplication.data.id ?? '';
  rawId = Buffer.from(applicationId, 'base64').toString().split(':')[1] ?? '';
});
afterAll(async () => {
  await server?.close();
});

describe('facts, submission and its refusals (Arts. 2, 5, 6, 7, 10)', () => {
  it('saves facts as they are typed and refuses a stale version with ConflictError, changing nothing', async () => {
    const v = await version();
    const first = await member.request<{ saveApplicationFacts: Result }>(SAVE, {
      input: { applicationId, version: v, facts: { serviceStaff: 10 } },
    });
    expect(first.data?.saveApplicationFacts.__typename).toBe('SaveApplicationFactsSuccess');
    const stale = await member.request<{ saveApplicationFacts: Result }>(SAVE, {
      input: { applicationId, version: v, facts: { serviceStaff: 99 } },
    });
    expect(stale.data?.saveApplicationFacts.__typename).toBe('ConflictError');
    const read = await member.request<{ application: { facts: { serviceStaff: number } } }>(READ, {
      id: applicationId,
    });
    expect(read.data?.application.facts.serviceStaff).toBe(10);
  });

  it('refuses MISSING_MATERIALS (Art. 7) while a kind is missing, then NOT_ELIGIBLE (Art. 5, then Art. 6) while the facts fall short', async () => {
    await uploadAll(['AUDIT_REPORT']);
    expect(await submit()).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'MISSING_MATERIALS',
      article: 'Art. 7',
    });
    await uploadAll(KINDS.filter((k) => k !== 'AUDIT_REPORT'));
    expect(await submit()).toMatchObject({ __typename: 'RuleViolationError', code: 'NOT_ELIGIBLE', article: 'Art. 5' });
    const saved = await member.request<{ saveApplicationFacts: Result }>(SAVE, {
      input: {
        applicationId,
        facts: { ...ELIGIBLE_FACTS, functions: [{ function: 'TRAINING', traineesPerYear: 10 }] },
      },
    });
    expect(saved.data?.saveApplicationFacts.__typename).toBe('SaveApplicationFactsSuccess');
    expect(await submit()).toMatchObject({ code: 'NOT_ELIGIBLE', article: 'Art. 6' });
  });

  it('refuses DECLARATION_REQUIRED (Art. 7), ROUND_CLOSED (Art. 10) and NOT_A_MEMBER (Art. 2), each writing nothing', async () => {
    // Art. 5(3)'s ability to organise social service resources is attested like the other qualitative conditions
    await member.request(SAVE, {
      input: { applicationId, facts: { ...ELIGIBLE_FACTS, organisesServiceResources: false } },
    });
    expect(await submit()).toMatchObject({ code: 'NOT_ELIGIBLE', article: 'Art. 5' });
    await member.request(SAVE, { input: { applicationId, facts: ELIGIBLE_FACTS } });
    expect(await submit(false)).toMatchObject({ code: 'DECLARATION_REQUIRED', article: 'Art. 7' });

    const app = await server.db.prisma.application.findUniqueOrThrow({
      where: { id: rawId },
      include: { round: true },
    });
    await server.db.prisma.round.update({
      where: { id: app.roundId },
      data: { submissionDeadline: new Date('2001-01-01T00:00:00Z'), opensOn: new Date('2000-12-01T00:00:00Z') },
    });
    expect(await submit()).toMatchObject({ code: 'ROUND_CLOSED', article: 'Art. 10' });
    await server.db.prisma.round.update({
      where: { id: app.roundId },
      data: { opensOn: app.round.opensOn, submissionDeadline: app.round.submissionDeadline },
    });

    await server.db.prisma.membership.updateMany({
      where: { organisationId: app.organisationId, status: 'ACTIVE' },
      data: { status: 'SUSPENDED' },
    });
    expect(await submit()).toMatchObject({ code: 'NOT_A_MEMBER', article: 'Art. 2' });
    await server.db.prisma.membership.updateMany({
      where: { organisationId: app.organisationId, status: 'SUSPENDED' },
      data: { status: 'ACTIVE' },
    });

    const after = await server.db.prisma.application.findUniqueOrThrow({ where: { id: rawId } });
    expect(after.status).toBe('DRAFT');
    expect(after.submittedAt).toBeNull();
  });

  it('submits with the declaration: status, timeline and a frozen eligibility; facts are no longer editable', async () => {
    const done = await submit();
    expect(done).toMatchObject({
      __typename: 'SubmitApplicationSuccess',
      data: { status: 'SUBMITTED', eligibility: { eligible: true } },
    });
    expect((done?.data?.timeline as { action: string }[]).map((e) => e.action)).toEqual(['submit']);
    const row = await server.db.prisma.application.findUniqueOrThrow({ where: { id: rawId } });
    expect(row.declarationAcceptedAt).not.toBeNull();
    expect((row.eligibilitySnapshot as { eligible: boolean }).eligible).toBe(true);
    // reviewers are asked to confirm Art. 5(3)'s attestation with the others, in the measures' words
    const organising = attestedConditionsOf(row.eligibilitySnapshot).find(
      (c) => c.code === 'ART5_3_ORGANISING_ABILITY',
    );
    expect(organising).toMatchObject({ article: 'Art. 5(3)' });
    expect(organising?.message.zhCN).toBe(
      '第五条第（三）项：有组织带动社会服务资源的能力；申报单位已声明，待评审核实。',
    );
    const edit = await member.request<{ saveApplicationFacts: Result }>(SAVE, {
      input: { applicationId, facts: { serviceStaff: 5 } },
    });
    expect(edit.data?.saveApplicationFacts).toMatchObject({ code: 'NOT_EDITABLE' });
    // Frozen: the snapshot answers, not the facts as of today.
    await server.db.prisma.application.update({ where: { id: rawId }, data: { serviceStaff: 1 } });
    const read = await member.request<{ application: { eligibility: { eligible: boolean } } }>(
      `query ($id: ID!) { application(id: $id) { eligibility { eligible } } }`,
      { id: applicationId },
    );
    expect(read.data?.application.eligibility.eligible).toBe(true);
    await server.db.prisma.application.update({ where: { id: rawId }, data: { serviceStaff: 36 } });
  });

  it('refuses deleting a submitted application; withdraws only with a reason', async () => {
    const del = await member.request<{ deleteDraftApplication: Result }>(
      'mutation ($input: DeleteDraftApplicationInput!) { deleteDraftApplication(input: $input) { __typename ... on RuleViolationError { code } } }',
      { input: { applicationId } },
    );
    expect(del.data?.deleteDraftApplication).toMatchObject({ code: 'NOT_A_DRAFT' });
    const WITHDRAW =
      'mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { __typename ... on WithdrawApplicationSuccess { data { status timeline { action note } } } } }';
    const noReason = await member.request<{ withdrawApplication: Result }>(WITHDRAW, {
      input: { applicationId, reason: '  ' },
    });
    expect(noReason.data?.withdrawApplication.__typename).toBe('ValidationError');
    const withdrawn = await member.request<{
      withdrawApplication: { data: { status: string; timeline: { action: string; note: string }[] } };
    }>(WITHDRAW, {
      input: { applicationId, reason: '机构调整，下批次再申报' },
    });
    expect(withdrawn.data?.withdrawApplication.data.status).toBe('WITHDRAWN');
    expect(withdrawn.data?.withdrawApplication.data.timeline.at(-1)).toEqual({
      action: 'withdraw',
      note: '机构调整，下批次再申报',
    });
  });

  it('answers an open request for more information, back to review; a second answer is refused', async () => {
    const app = await server.db.prisma.application.findUniqueOrThrow({ where: { id: rawId } });
    await server.db.prisma.application.update({ where: { id: rawId }, data: { status: 'MORE_INFO_REQUESTED' } });
    const admin = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    const request = await server.db.prisma.infoRequest.create({
      data: {
        applicationId: app.id,
        request: '请补充上一年度审计报告',
        dueOn: new Date('2030-01-01T00:00:00Z'),
        requestedById: admin.id,
      },
    });
    const RESPOND =
      'mutation ($input: RespondToInfoRequestInput!) { respondToInfoRequest(input: $input) { __typename ... on RespondToInfoRequestSuccess { data { status } } ... on RuleViolationError { code } } }';
    const answered = await member.request<{ respondToInfoRequest: Result }>(RESPOND, {
      input: { infoRequestId: request.id, response: '已上传新版审计报告' },
    });
    expect(answered.data?.respondToInfoRequest).toMatchObject({ data: { status: 'UNDER_REVIEW' } });
    expect((await server.db.prisma.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).response).toBe(
      '已上传新版审计报告',
    );
    const again = await member.request<{ respondToInfoRequest: Result }>(RESPOND, {
      input: { infoRequestId: request.id, response: '再答一次' },
    });
    expect(again.data?.respondToInfoRequest).toMatchObject({ code: 'ALREADY_ANSWERED' });
  });

  it('deletes a draft, audited', async () => {
    await server.db.prisma.application.update({ where: { id: rawId }, data: { status: 'WITHDRAWN' } });
    const rounds = await member.request<{ openRounds: { id: string }[] }>('{ openRounds { id } }');
    const created = await member.request<{ createDraftApplication: { data: { id: string } } }>(
      'mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) { ... on CreateDraftApplicationSuccess { data { id } } } }',
      { input: { roundId: rounds.data?.openRounds[0]?.id, functions: ['INFORMATION'] } },
    );
    const draftId = created.data?.createDraftApplication.data.id;
    const deleted = await member.request<{ deleteDraftApplication: { __typename: string; data: string } }>(
      'mutation ($input: DeleteDraftApplicationInput!) { deleteDraftApplication(input: $input) { __typename ... on DeleteDraftApplicationSuccess { data } } }',
      { input: { applicationId: draftId } },
    );
    expect(deleted.data?.deleteDraftApplication).toEqual({
      __typename: 'DeleteDraftApplicationSuccess',
      data: draftId,
    });
    const raw = Buffer.from(draftId ?? '', 'base64')
      .toString()
      .split(':')[1];
    expect(await server.db.prisma.application.findUnique({ where: { id: raw } })).toBeNull();
    expect(
      await server.db.prisma.auditEvent.count({ where: { action: 'application.deleteDraft', entityId: raw } }),
    ).toBe(1);
  });
});
