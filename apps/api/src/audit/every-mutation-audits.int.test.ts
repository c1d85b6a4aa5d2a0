// Every mutation leaves an audit record (docs/architecture.md, "Adding a feature"). The list of
// mutations comes from the built schema, not from a hand-kept list: a new mutation without a step
// here fails "has a step for every mutation", and a step whose successful call writes no
// AuditEvent row fails its own test. Each step makes one successful call on the demo seed (plus
// what the earlier steps left), measured alone: the setup a step needs runs before the count.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { creditCodeCheckCharacter } from '@sme/domain';
import { completeApplicationFacts } from '@sme/domain/testing';
import { getNamedType, isUnionType, type GraphQLField } from 'graphql';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../clock.js';
import { hashRecoveryCode } from '../auth/two-factor.js';
import { schema } from '../schema.js';
import { samplePdf } from '../testing/sample-files.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../testing/test-server.js';

// Mutations that by design write no audit record, each with its reason. Empty today: even
// sign-in failures are audited where they matter (a lock-out writes auth.lockedOut) and every
// successful call below audits. Add a name here only with a justification a reviewer accepts.
const NOT_AUDITED: Record<string, string> = {};

type Prisma = TestServer['db']['prisma'];
type Step = {
  mutation: string;
  /** Runs before the audit trail is counted: sign-ins, uploads, lookups. Returns the variables. */
  prepare: () => Promise<Record<string, unknown>>;
  as: () => GraphQLClient;
  /** After a success: keep what later steps need. */
  after?: () => Promise<void>;
};

let server: TestServer;
let prisma: Prisma;
const clients = new Map<string, GraphQLClient>();
const state: Record<string, string> = {};
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

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
const gid = encodeGlobalID;
const withCheck = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
const client = (email: string) => () => {
  const found = clients.get(email);
  if (!found) throw new Error(`${email} is not signed in`);
  return found;
};
const anonymous = () => new GraphQLClient(server.url);

async function signIn(email: string, password?: string): Promise<GraphQLClient> {
  const signedIn = await signedInClient(server.url, email, password);
  clients.set(email, signedIn);
  return signedIn;
}
const userId = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).id;
const openRound = () =>
  prisma.round.findFirstOrThrow({
    where: {
      opensOn: { lte: new Date(`${todayInShanghai()}T00:00:00Z`) },
      submissionDeadline: { gte: new Date(`${todayInShanghai()}T00:00:00Z`) },
    },
  });
const latestApplication = (organisationId: string) =>
  prisma.application.findFirstOrThrow({ where: { organisationId }, orderBy: { createdAt: 'desc' } });

async function uploadMaterials(as: GraphQLClient, applicationId: string) {
  for (const kind of KINDS) {
    const form = new FormData();
    form.append('file', new Blob([samplePdf(kind)], { type: 'application/pdf' }), `${kind}.pdf`);
    const response = await fetch(
      `${server.url}/api/applications/${gid('Application', applicationId)}/materials/${kind}`,
      {
        method: 'POST',
        headers: { 'apollo-require-preflight': 'true', cookie: as.sessionCookie ?? '' },
        body: form,
      },
    );
    expect(response.status).toBe(201);
  }
}

/** A member's complete application in the open round, submitted (setup, not measured). */
async function submittedApplication(as: GraphQLClient, organisationId: string): Promise<string> {
  const round = await openRound();
  await call(as, 'createDraftApplication', { input: { roundId: gid('Round', round.id), functions: ['TRAINING'] } });
  const application = await latestApplication(organisationId);
  await call(as, 'saveApplicationFacts', {
    input: { applicationId: gid('Application', application.id), facts: completeApplicationFacts },
  });
  await uploadMaterials(as, application.id);
  await call(as, 'submitApplication', {
    input: { applicationId: gid('Application', application.id), declarationAccepted: true },
  });
  return application.id;
}

const mutationFields = (): Record<string, GraphQLField<unknown, unknown>> =>
  schema.getMutationType()?.getFields() ?? {};

/** Calls a mutation by name, its variables typed from the schema; throws unless it succeeded. */
async function call(as: GraphQLClient, name: string, variables: Record<string, unknown>): Promise<unknown> {
  const field = mutationFields()[name];
  if (!field) throw new Error(`no mutation ${name}`);
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const result = getNamedType(field.type);
  const members = isUnionType(result) ? result.getTypes().map((type) => type.name) : [];
  const selection = isUnionType(result)
    ? `{ __typename ... on Error { message }${members.includes('ValidationError') ? ' ... on ValidationError { fieldErrors { path message } }' : ''} }`
    : '';
  const query = `mutation${definitions ? `(${definitions})` : ''} { ${name}${args ? `(${args})` : ''} ${selection} }`;
  const response = await as.request<Record<string, unknown>>(query, variables);
  const data = response.data?.[name];
  const failed =
    response.errors?.length ||
    data === false ||
    (typeof data === 'object' &&
      data !== null &&
      !String((data as { __typename?: string }).__typename).endsWith('Success'));
  if (failed) throw new Error(`${name} did not succeed: ${JSON.stringify(response)}`);
  return data;
}

const steps: Step[] = [
  {
    mutation: 'login',
    as: anonymous,
    prepare: async () => ({ input: { email: 'analyst@example.com', password: 'demo1234' } }),
  },
  {
    mutation: 'createRound',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        name: '2030年第一批（审计测试）',
        year: 2030,
        sequence: 1,
        opensOn: '2030-03-02',
        submissionDeadline: '2030-04-30',
        reviewEndsOn: '2030-06-30',
      },
    }),
    after: async () => {
      state.roundId = (await prisma.round.findFirstOrThrow({ where: { year: 2030 } })).id;
    },
  },
  {
    mutation: 'updateRound',
    as: client('admin@example.com'),
    prepare: async () => ({ input: { roundId: gid('Round', state.roundId ?? ''), name: '2030年第一批' } }),
  },
  {
    mutation: 'setWorkingDay',
    as: client('admin@example.com'),
    prepare: async () => ({ date: '2030-01-04', isWorkingDay: false, note: '审计测试' }),
  },
  {
    mutation: 'confirmCalendarYear',
    as: client('admin@example.com'),
    prepare: async () => ({ input: { year: 2030, note: '审计测试' } }),
  },
  {
    mutation: 'clearWorkingDayOverride',
    as: client('admin@example.com'),
    prepare: async () => ({ date: '2030-01-04' }),
  },

  // The demo member's own application: drafted, deleted, drafted again, submitted, returned, resubmitted, withdrawn.
  {
    mutation: 'createDraftApplication',
    as: client('member@example.com'),
    prepare: async () => ({ input: { roundId: gid('Round', (await openRound()).id), functions: ['TRAINING'] } }),
    after: async () => {
      const member = await prisma.user.findUniqueOrThrow({ where: { email: 'member@example.com' } });
      state.memberOrganisationId = member.organisationId ?? '';
      state.memberApplicationId = (await latestApplication(state.memberOrganisationId)).id;
    },
  },
  {
    mutation: 'deleteDraftApplication',
    as: client('member@example.com'),
    prepare: async () => ({ input: { applicationId: gid('Application', state.memberApplicationId ?? '') } }),
  },
  {
    mutation: 'saveApplicationFacts',
    as: client('member@example.com'),
    prepare: async () => {
      await call(client('member@example.com')(), 'createDraftApplication', {
        input: { roundId: gid('Round', (await openRound()).id), functions: ['TRAINING'] },
      });
      state.memberApplicationId = (await latestApplication(state.memberOrganisationId ?? '')).id;
      return {
        input: { applicationId: gid('Application', state.memberApplicationId), facts: completeApplicationFacts },
      };
    },
  },
  {
    mutation: 'submitApplication',
    as: client('member@example.com'),
    prepare: async () => {
      await uploadMaterials(client('member@example.com')(), state.memberApplicationId ?? '');
      return {
        input: { applicationId: gid('Application', state.memberApplicationId ?? ''), declarationAccepted: true },
      };
    },
  },
  {
    mutation: 'returnApplication',
    as: client('unit@example.com'),
    prepare: async () => ({
      input: { applicationId: gid('Application', state.memberApplicationId ?? ''), reason: '请补充说明服务成效。' },
    }),
  },
  {
    mutation: 'resubmitApplication',
    as: client('member@example.com'),
    prepare: async () => ({
      input: { applicationId: gid('Application', state.memberApplicationId ?? ''), note: '已补充。' },
    }),
  },
  {
    mutation: 'withdrawApplication',
    as: client('member@example.com'),
    prepare: async () => ({
      input: { applicationId: gid('Application', state.memberApplicationId ?? ''), reason: '本年度暂不申报。' },
    }),
  },

  // The seeded submitted application of 北京海淀科技企业服务中心 walks through review to a notice.
  {
    mutation: 'recommendApplication',
    as: client('unit@example.com'),
    prepare: async () => {
      const haidian = await prisma.user.findUniqueOrThrow({ where: { email: 'haidian@example.com' } });
      state.haidianApplicationId = (await latestApplication(haidian.organisationId ?? '')).id;
      return { input: { applicationId: gid('Application', state.haidianApplicationId), opinion: '同意推荐。' } };
    },
  },
  {
    mutation: 'saveExpertProfile',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        email: 'reviewer@example.com',
        functions: ['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING'],
        provinceCode: '310000',
      },
    }),
  },
  {
    mutation: 'assignReviewers',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        applicationId: gid('Application', state.haidianApplicationId ?? ''),
        reviewerIds: [gid('User', await userId('reviewer@example.com'))],
        dueOn: isoIn(20),
      },
    }),
  },
  {
    mutation: 'declareConflictOfInterest',
    as: client('reviewer@example.com'),
    prepare: async () => ({
      input: { applicationId: gid('Application', state.haidianApplicationId ?? ''), hasConflict: false },
    }),
  },
  {
    mutation: 'requestMoreInformation',
    as: client('reviewer@example.com'),
    prepare: async () => ({
      input: {
        applicationId: gid('Application', state.haidianApplicationId ?? ''),
        request: '请补充近两年服务企业名单。',
        dueOn: isoIn(10),
      },
    }),
  },
  {
    mutation: 'respondToInfoRequest',
    as: client('haidian@example.com'),
    prepare: async () => {
      const request = await prisma.infoRequest.findFirstOrThrow({
        where: { applicationId: state.haidianApplicationId ?? '' },
        orderBy: { requestedAt: 'desc' },
      });
      return { input: { infoRequestId: gid('InfoRequest', request.id), response: '名单已上传。' } };
    },
  },
  {
    mutation: 'submitReview',
    as: client('reviewer@example.com'),
    prepare: async () => {
      const view = await client('reviewer@example.com')().request<{
        application: { rubric: { code: string; maxScore: number }[]; attestedConditions: { code: string }[] };
      }>('query ($id: ID!) { application(id: $id) { rubric { code maxScore } attestedConditions { code } } }', {
        id: gid('Application', state.haidianApplicationId ?? ''),
      });
      const sheet = view.data?.application;
      if (!sheet) throw new Error(`no review sheet: ${JSON.stringify(view)}`);
      return {
        input: {
          applicationId: gid('Application', state.haidianApplicationId ?? ''),
          scores: sheet.rubric.map((c) => ({ criterion: c.code, score: c.maxScore })),
          attestationVerdicts: sheet.attestedConditions.map((c) => ({ code: c.code, confirmed: true })),
          comment: '材料齐全，建议通过。',
          recommendation: 'PASS',
        },
      };
    },
  },
  {
    mutation: 'decideApplications',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        applicationIds: [gid('Application', state.haidianApplicationId ?? '')],
        outcome: 'REVIEW_PASSED',
        note: '评审通过。',
      },
    }),
  },
  {
    mutation: 'publishNotice',
    as: client('admin@example.com'),
    prepare: async () => {
      const application = await prisma.application.findUniqueOrThrow({
        where: { id: state.haidianApplicationId ?? '' },
      });
      return {
        input: {
          roundId: gid('Round', application.roundId),
          applicationIds: [gid('Application', application.id)],
          publishedOn: todayInShanghai(),
          title: '审计测试结果公示',
        },
      };
    },
    after: async () => {
      state.noticeId = (await prisma.publicNotice.findFirstOrThrow({ where: { title: '审计测试结果公示' } })).id;
    },
  },
  {
    mutation: 'lodgeObjection',
    as: anonymous,
    prepare: async () => ({
      input: {
        noticeId: gid('PublicNotice', state.noticeId ?? ''),
        applicationId: gid('Application', state.haidianApplicationId ?? ''),
        name: '张三',
        contact: '13800000000',
        grounds: '服务企业数量与实际不符，请核实。',
      },
    }),
  },
  {
    mutation: 'resolveObjection',
    as: client('admin@example.com'),
    prepare: async () => {
      const objection = await prisma.objection.findFirstOrThrow({
        where: { entry: { noticeId: state.noticeId ?? '' } },
      });
      return { input: { objectionId: gid('Objection', objection.id), upheld: false, note: '经核实，异议不成立。' } };
    },
  },
  {
    mutation: 'awardAccreditations',
    as: client('admin@example.com'),
    // The seeded notice whose five working days are over, with no objection pending.
    prepare: async () => {
      const ended = await prisma.publicNotice.findFirstOrThrow({
        where: { status: 'PUBLISHED', endsOn: { lt: new Date(`${todayInShanghai()}T00:00:00Z`) } },
      });
      return { input: { noticeId: gid('PublicNotice', ended.id) } };
    },
  },
  {
    mutation: 'autoAssignReviewers',
    as: client('admin@example.com'),
    prepare: async () => ({ input: { roundId: gid('Round', (await openRound()).id), reviewersPerApplication: 1 } }),
  },

  // Registration and membership.
  {
    mutation: 'registerOrganisation',
    as: () => {
      const fresh = anonymous();
      clients.set('new@example.com', fresh);
      return fresh;
    },
    prepare: async () => ({
      input: {
        organisationName: '审计测试服务中心',
        creditCode: withCheck('91110108MA01AUD1T'),
        contactName: '林青',
        contactPhone: '13900000000',
        email: 'new@example.com',
        password: 'a-long-password-2026',
      },
    }),
  },
  {
    mutation: 'applyForMembership',
    as: client('new@example.com'),
    prepare: async () => ({ input: { note: '申请入会。' } }),
  },
  {
    mutation: 'approveMembership',
    as: client('membership@example.com'),
    prepare: async () => {
      const organisation = await prisma.organisation.findFirstOrThrow({ where: { name: '审计测试服务中心' } });
      state.newOrganisationId = organisation.id;
      const unit = await prisma.unit.findUniqueOrThrow({ where: { code: 'INF' } });
      return { input: { organisationId: gid('Organisation', organisation.id), unitId: gid('Unit', unit.id) } };
    },
  },
  {
    mutation: 'declineRecommendation',
    as: client('unit@example.com'),
    prepare: async () => {
      const applicationId = await submittedApplication(client('new@example.com')(), state.newOrganisationId ?? '');
      return { input: { applicationId: gid('Application', applicationId), reason: '服务范围与推荐条件不符。' } };
    },
  },
  {
    mutation: 'refuseMembership',
    as: client('membership@example.com'),
    prepare: async () => {
      const pending = await prisma.membershipRequest.findFirstOrThrow({ where: { status: 'PENDING' } });
      return { input: { organisationId: gid('Organisation', pending.organisationId), reason: '材料不全。' } };
    },
  },
  {
    mutation: 'endMembership',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        organisationId: gid('Organisation', state.newOrganisationId ?? ''),
        endedOn: todayInShanghai(),
        reason: '自愿退会。',
      },
    }),
  },

  // After the award.
  {
    mutation: 'createRenewalApplication',
    as: client('holder@example.com'),
    prepare: async () => {
      const holder = await prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
      const title = await prisma.accreditation.findFirstOrThrow({
        where: { organisationId: holder.organisationId ?? '', revocation: null },
        orderBy: { validUntil: 'asc' },
      });
      return {
        input: { accreditationId: gid('Accreditation', title.id), roundId: gid('Round', (await openRound()).id) },
      };
    },
  },
  {
    mutation: 'drawSpotCheckSample',
    as: client('admin@example.com'),
    prepare: async () => ({ input: { name: '审计测试抽查', sampleSize: 1, seed: 'audit' } }),
  },
  {
    mutation: 'requestSpotCheckEvidence',
    as: client('admin@example.com'),
    prepare: async () => {
      const drawn = await prisma.spotCheck.findFirstOrThrow({ where: { campaign: { name: '审计测试抽查' } } });
      return { input: { spotCheckId: gid('SpotCheck', drawn.id), request: '请提交年度服务报告。', dueOn: isoIn(14) } };
    },
  },
  {
    mutation: 'respondToSpotCheck',
    as: client('holder@example.com'),
    prepare: async () => {
      const holder = await prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
      const check = await prisma.spotCheck.findFirstOrThrow({
        where: { status: 'EVIDENCE_REQUESTED', accreditation: { organisationId: holder.organisationId ?? '' } },
      });
      state.holderSpotCheckId = check.id;
      return { input: { spotCheckId: gid('SpotCheck', check.id), response: '年度服务报告已上传。' } };
    },
  },
  {
    mutation: 'removeSpotCheckEvidence',
    as: client('holder@example.com'),
    prepare: async () => {
      // the file as POST /api/spot-checks/{id}/evidence would have recorded it (that upload audits too)
      const holder = await prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
      const pdf = samplePdf('evidence');
      const file = await prisma.spotCheckEvidenceFile.create({
        data: {
          spotCheckId: state.holderSpotCheckId ?? '',
          fileName: '年度服务报告.pdf',
          mimeType: 'application/pdf',
          sizeBytes: pdf.length,
          sha256: 'f'.repeat(64),
          storageKey: `sha256/ff/ff/${'f'.repeat(64)}`,
          uploadedById: holder.id,
        },
      });
      return { input: { fileId: gid('SpotCheckEvidenceFile', file.id) } };
    },
  },
  {
    mutation: 'recordSpotCheckResult',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        spotCheckId: gid('SpotCheck', state.holderSpotCheckId ?? ''),
        passed: true,
        findings: '材料真实，服务达标。',
      },
    }),
  },
  {
    mutation: 'revokeAccreditation',
    as: client('admin@example.com'),
    prepare: async () => {
      const title = await prisma.accreditation.findFirstOrThrow({
        where: { revocation: null, organisation: { name: '深圳融信融资担保有限公司' } },
      });
      return {
        input: {
          accreditationId: gid('Accreditation', title.id),
          reason: 'VIOLATION_VERIFIED',
          description: '经查实存在违规收费。',
          evidence: '调查报告',
          effectiveOn: todayInShanghai(),
        },
      };
    },
  },
  {
    mutation: 'recommendNationally',
    as: client('admin@example.com'),
    prepare: async () => {
      const today = new Date(`${todayInShanghai()}T00:00:00Z`);
      const title = await prisma.accreditation.findFirstOrThrow({
        where: { revocation: null, validFrom: { lte: today }, validUntil: { gte: today } },
      });
      return {
        input: {
          year: Number(todayInShanghai().slice(0, 4)),
          accreditationIds: [gid('Accreditation', title.id)],
          note: '审计测试',
        },
      };
    },
  },
  // Art. 12: the holder records its services, the secretariat its activities, the report goes both ways.
  {
    mutation: 'recordServiceActivity',
    as: client('holder@example.com'),
    prepare: async () => {
      const holder = await prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
      const title = await prisma.accreditation.findFirstOrThrow({
        where: { organisationId: holder.organisationId ?? '', revocation: null },
        orderBy: { validUntil: 'desc' },
      });
      state.holderTitleId = title.id;
      // The year whose report is open today (1 December onwards: this year), cleared for the steps.
      const year =
        todayInShanghai().slice(5) >= '12-01'
          ? Number(todayInShanghai().slice(0, 4))
          : Number(todayInShanghai().slice(0, 4)) - 1;
      state.reportYear = String(year);
      await prisma.annualReport.deleteMany({ where: { accreditationId: title.id, year } });
      return {
        input: {
          accreditationId: gid('Accreditation', title.id),
          date: `${year}-06-15`,
          kind: 'PUBLIC_WELFARE_SERVICE',
          title: '审计测试服务',
          enterprisesServed: 12,
          free: true,
        },
      };
    },
    after: async () => {
      state.serviceRecordId = (
        await prisma.serviceRecord.findFirstOrThrow({
          where: { title: '审计测试服务' },
          orderBy: { createdAt: 'desc' },
        })
      ).id;
    },
  },
  {
    mutation: 'updateServiceRecord',
    as: client('holder@example.com'),
    prepare: async () => ({
      input: { serviceRecordId: gid('ServiceRecord', state.serviceRecordId ?? ''), enterprisesServed: 14 },
    }),
  },
  {
    mutation: 'deleteServiceRecord',
    as: client('holder@example.com'),
    prepare: async () => ({ input: { serviceRecordId: gid('ServiceRecord', state.serviceRecordId ?? '') } }),
  },
  {
    mutation: 'createAssociationActivity',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: { title: '审计测试活动', heldOn: `${state.reportYear}-05-20`, place: '北京' },
    }),
    after: async () => {
      state.activityId = (await prisma.associationActivity.findFirstOrThrow({ where: { title: '审计测试活动' } })).id;
    },
  },
  {
    mutation: 'recordActivityAttendance',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        activityId: gid('AssociationActivity', state.activityId ?? ''),
        accreditationIds: [gid('Accreditation', state.holderTitleId ?? '')],
      },
    }),
  },
  {
    mutation: 'saveAnnualReportDraft',
    as: client('holder@example.com'),
    prepare: async () => ({
      input: {
        accreditationId: gid('Accreditation', state.holderTitleId ?? ''),
        year: Number(state.reportYear),
        summary: '审计测试草稿',
      },
    }),
  },
  {
    mutation: 'submitAnnualReport',
    as: client('holder@example.com'),
    prepare: async () => ({
      input: {
        accreditationId: gid('Accreditation', state.holderTitleId ?? ''),
        year: Number(state.reportYear),
        summary: '审计测试报告',
      },
    }),
    after: async () => {
      state.annualReportId = (
        await prisma.annualReport.findFirstOrThrow({
          where: { accreditationId: state.holderTitleId ?? '', year: Number(state.reportYear) },
        })
      ).id;
    },
  },
  {
    mutation: 'reviewAnnualReport',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: { reportId: gid('AnnualReport', state.annualReportId ?? ''), accept: true, note: '审计测试' },
    }),
  },
  // Art. 14: the weights of the ranking, and a recommendation made from it.
  {
    mutation: 'setRecommendationWeights',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        weights: [
          { name: 'REVIEW_SCORE', weight: 30 },
          { name: 'SERVICE_GROWTH', weight: 20 },
          { name: 'PUBLIC_WELFARE_SHARE', weight: 20 },
          { name: 'ACTIVITIES_ATTENDED', weight: 10 },
          { name: 'SPOT_CHECK_RESULTS', weight: 10 },
          { name: 'YEARS_HELD', weight: 10 },
        ],
        note: '审计测试',
      },
    }),
  },
  {
    mutation: 'recommendNationallyFromRanking',
    as: client('admin@example.com'),
    prepare: async () => {
      const today = new Date(`${todayInShanghai()}T00:00:00Z`);
      const title = await prisma.accreditation.findFirstOrThrow({
        where: { revocation: null, validFrom: { lte: today }, validUntil: { gte: today } },
      });
      return {
        input: {
          year: Number(todayInShanghai().slice(0, 4)) + 1,
          accreditationIds: [gid('Accreditation', title.id)],
          note: '审计测试',
        },
      };
    },
  },
  {
    mutation: 'importAccreditations',
    as: client('admin@example.com'),
    prepare: async () => ({
      input: {
        rows: [
          {
            organisationName: '审计测试旧称号机构',
            creditCode: withCheck('12110108MB00AUD1T'),
            awardedOn: '2025-05-20',
            functions: ['INFORMATION'],
          },
        ],
      },
    }),
  },
  // haidian@example.com has had notices since its application was recommended.
  { mutation: 'markNotificationsRead', as: client('haidian@example.com'), prepare: async () => ({ input: {} }) },

  // The account's own settings, and signing out last.
  {
    mutation: 'createApiToken',
    as: client('analyst@example.com'),
    prepare: async () => ({ input: { name: '审计测试', expiresInDays: 30 } }),
  },
  {
    mutation: 'revokeApiToken',
    as: client('analyst@example.com'),
    prepare: async () => ({
      input: {
        apiTokenId: gid('ApiToken', (await prisma.apiToken.findFirstOrThrow({ where: { name: '审计测试' } })).id),
      },
    }),
  },
  {
    mutation: 'startTwoFactorEnrolment',
    as: client('reviewer@example.com'),
    prepare: async () => ({ input: { password: 'demo1234' } }),
  },
  {
    mutation: 'confirmTwoFactorEnrolment',
    as: client('reviewer@example.com'),
    // The stored secret is sealed at rest: start again (replacing the pending enrolment) to read it.
    prepare: async () => {
      const started = await client('reviewer@example.com')().request<{
        startTwoFactorEnrolment: { data?: { secret: string } };
      }>(
        'mutation ($input: StartTwoFactorEnrolmentInput!) { startTwoFactorEnrolment(input: $input) { ... on StartTwoFactorEnrolmentSuccess { data { secret } } } }',
        { input: { password: 'demo1234' } },
      );
      const secret = started.data?.startTwoFactorEnrolment.data?.secret;
      if (!secret) throw new Error(`no enrolment started: ${JSON.stringify(started)}`);
      return { input: { code: await generate({ secret }) } };
    },
  },
  {
    mutation: 'disableTwoFactor',
    as: client('reviewer@example.com'),
    // The confirmation above used the current TOTP step: prove with a recovery code instead.
    prepare: async () => {
      const reviewer = await prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@example.com' } });
      await prisma.recoveryCode.create({ data: { userId: reviewer.id, codeHash: hashRecoveryCode('abcde-fghjk') } });
      return { input: { code: 'abcde-fghjk' } };
    },
  },
  {
    mutation: 'endSession',
    as: client('unit@example.com'),
    // Another browser of the same account.
    prepare: async () => {
      const unit = await prisma.user.findUniqueOrThrow({ where: { email: 'unit@example.com' } });
      const other = await prisma.session.create({
        data: { userId: unit.id, tokenHash: 'd'.repeat(64), expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return { input: { sessionId: gid('AccountSession', other.id) } };
    },
  },
  { mutation: 'signOutEverywhere', as: client('unit@example.com'), prepare: async () => ({}) },
  { mutation: 'logout', as: client('member@example.com'), prepare: async () => ({}) },
];

beforeAll(async () => {
  server = await startTestServer();
  prisma = server.db.prisma;
  for (const email of [
    'admin@example.com',
    'member@example.com',
    'unit@example.com',
    'reviewer@example.com',
    'analyst@example.com',
    'holder@example.com',
    'haidian@example.com',
    'membership@example.com',
  ]) {
    await signIn(email);
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('every mutation leaves an audit record', () => {
  it('has a step for every mutation in the schema (a new mutation needs one, or a reason in NOT_AUDITED)', () => {
    const inSchema = Object.keys(mutationFields()).sort();
    const covered = new Set([...steps.map((s) => s.mutation), ...Object.keys(NOT_AUDITED)]);
    expect(inSchema.filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !inSchema.includes(name))).toEqual([]);
    expect(new Set(steps.map((s) => s.mutation)).size).toBe(steps.length);
  });

  for (const step of steps) {
    it(`${step.mutation} writes an AuditEvent row in its own call`, async () => {
      const variables = await step.prepare();
      const as = step.as();
      const before = await prisma.auditEvent.count();
      await call(as, step.mutation, variables);
      const added = (await prisma.auditEvent.count()) - before;
      const written =
        added > 0
          ? await prisma.auditEvent.findMany({ orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take: added })
          : [];
      // Token use is audited by the transport, not by the mutation: it does not count.
      expect(
        written.filter((event) => event.action !== 'apiToken.use').map((event) => event.action),
        `${step.mutation} wrote no audit record`,
      ).not.toEqual([]);
      await step.after?.();
    }, 60_000);
  }
});
