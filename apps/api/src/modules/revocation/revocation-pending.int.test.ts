// A revocation in progress is public and stops the title's renewal and national recommendation;
// Art. 11 holds at every step of an application (creation, submission, resubmission, award).
// Through HTTP, on PGlite or on PostgreSQL (DATABASE_URL).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { addDays, formatCertificateNumber } from '@sme/domain';
import { hashPassword } from '@sme/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { GraphQLClient, signedInClient, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
let anonymous: GraphQLClient;
let round: { id: string; year: number };
let adminId: string;
const today = todayInShanghai();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const gid = (type: string, id: string) => encodeGlobalID(type, id);

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  anonymous = new GraphQLClient(server.url);
  const open = await server.db.prisma.round.findFirstOrThrow({
    where: { opensOn: { lte: day(today) }, submissionDeadline: { gte: day(today) } },
    orderBy: { opensOn: 'desc' },
  });
  round = { id: open.id, year: open.year };
  adminId = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } })).id;
}, 180_000);
afterAll(async () => {
  await server?.close();
});

let serial = 0;
/** An active member organisation with a signed-in member and one title valid from `validFrom` to `validUntil`. */
async function holderOf(validFrom: string, validUntil: string) {
  serial += 1;
  const unit = await server.db.prisma.unit.findFirstOrThrow({ where: { code: 'INF' } });
  const org = await server.db.prisma.organisation.create({
    data: {
      name: `撤销测试服务中心${serial}`,
      creditCode: `91440300REVO${String(serial).padStart(5, '0')}X`,
      provinceCode: '440000',
      cityCode: '440300',
      memberships: { create: { unitId: unit.id, since: day('2018-03-01'), status: 'ACTIVE' } },
    },
  });
  const email = `revocation-${serial}@example.com`;
  await server.db.prisma.user.create({
    data: {
      email,
      displayName: `会员${serial}`,
      passwordHash: await hashPassword('demo1234'),
      roles: ['MEMBER'],
      organisationId: org.id,
    },
  });
  const title = await server.db.prisma.accreditation.create({
    data: {
      organisationId: org.id,
      certificateNumber: formatCertificateNumber({ year: 2020, round: 2, serial: 100 + serial }),
      functions: ['INFORMATION'],
      awardedOn: day(validFrom),
      validFrom: day(validFrom),
      validUntil: day(validUntil),
      imported: true,
    },
  });
  return { org, title, member: await signedInClient(server.url, email) };
}

const openRevocation = (accreditationId: string) =>
  server.db.prisma.revocation.create({
    data: { accreditationId, reason: 'FAILED_SPOT_CHECK', status: 'OPEN', description: '抽查不合格' },
  });

type Refusal = { __typename: string; article: string; code: string; message: string };
const REFUSAL = '... on RuleViolationError { article code message }';
const CREATE = `mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) { __typename ${REFUSAL} } }`;
const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename ${REFUSAL} } }`;
const RESUBMIT = `mutation ($input: ResubmitApplicationInput!) { resubmitApplication(input: $input) { __typename ${REFUSAL} } }`;
const RENEW = `mutation ($input: CreateRenewalApplicationInput!) { createRenewalApplication(input: $input) { __typename ... on CreateRenewalApplicationSuccess { data { id } } ${REFUSAL} } }`;
const RECOMMEND = `mutation ($input: RecommendNationallyInput!) { recommendNationally(input: $input) { __typename ${REFUSAL} } }`;
const CERTIFICATE = 'query ($n: String!) { certificate(number: $n) { number status revokedOn revocationPending } }';
const REGISTER =
  'query ($n: String) { register(name: $n, first: 10) { edges { node { certificateNumber status revocationPending } } } }';

describe('an ordinary application by a holder of a valid title (Art. 11)', () => {
  it('is refused at creation, pointing to the expiry year, or to renewal in that year', async () => {
    const long = await holderOf(addDays(today, -100), `${round.year + 2}-06-30`);
    const before = await server.db.prisma.application.count();
    const refused = await long.member.request<{ createDraftApplication: Refusal }>(CREATE, {
      input: { roundId: gid('Round', round.id), functions: ['INFORMATION'] },
    });
    expect(refused.data?.createDraftApplication).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 11',
      code: 'HOLDS_VALID_TITLE',
    });
    expect(refused.data?.createDraftApplication.message).toContain(`可在有效期满当年（${round.year + 2}年）再次申报`);

    const expiring = await holderOf(`${round.year - 2}-01-01`, `${round.year}-12-31`);
    const inYear = await expiring.member.request<{ createDraftApplication: Refusal }>(CREATE, {
      input: { roundId: gid('Round', round.id), functions: ['INFORMATION'] },
    });
    expect(inYear.data?.createDraftApplication).toMatchObject({ article: 'Art. 11', code: 'HOLDS_VALID_TITLE' });
    expect(inYear.data?.createDraftApplication.message).toContain(`${round.year}年是有效期满当年，请通过再次申报办理`);
    expect(await server.db.prisma.application.count()).toBe(before);

    // Once the title is revoked, the organisation may apply afresh.
    await server.db.prisma.revocation.create({
      data: {
        accreditationId: long.title.id,
        reason: 'VIOLATION_VERIFIED',
        status: 'COMPLETED',
        description: '违规',
        evidence: '核查记录',
        effectiveOn: day(today),
      },
    });
    const afresh = await long.member.request<{ createDraftApplication: { __typename: string } }>(CREATE, {
      input: { roundId: gid('Round', round.id), functions: ['INFORMATION'] },
    });
    expect(afresh.data?.createDraftApplication.__typename).toBe('CreateDraftApplicationSuccess');
  });

  it('is refused at submission when drafted before the title was held', async () => {
    const holder = await holderOf(addDays(today, -10), `${round.year + 2}-06-30`);
    const draft = await server.db.prisma.application.create({
      data: { roundId: round.id, organisationId: holder.org.id, functions: { create: [{ function: 'INFORMATION' }] } },
    });
    const refused = await holder.member.request<{ submitApplication: Refusal }>(SUBMIT, {
      input: { applicationId: gid('Application', draft.id), declarationAccepted: true },
    });
    expect(refused.data?.submitApplication).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 11',
      code: 'HOLDS_VALID_TITLE',
    });
    expect((await server.db.prisma.application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('DRAFT');
  });
});

describe('a renewal whose title is revoked or being revoked (Art. 11)', () => {
  it('is refused at creation, submission and resubmission', async () => {
    const holder = await holderOf(`${round.year - 2}-01-01`, `${round.year}-12-31`);
    const titleId = gid('Accreditation', holder.title.id);
    const created = await holder.member.request<{
      createRenewalApplication: { __typename: string; data: { id: string } };
    }>(RENEW, { input: { accreditationId: titleId, roundId: gid('Round', round.id) } });
    expect(created.data?.createRenewalApplication.__typename).toBe('CreateRenewalApplicationSuccess');
    const applicationId = created.data?.createRenewalApplication.data.id ?? '';

    // A failed spot check opens the title's revocation after the renewal was drafted.
    const revocation = await openRevocation(holder.title.id);
    const again = await holder.member.request<{ createRenewalApplication: Refusal }>(RENEW, {
      input: { accreditationId: titleId, roundId: gid('Round', round.id) },
    });
    expect(again.data?.createRenewalApplication).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 11',
      code: 'REVOCATION_PENDING',
    });
    expect(again.data?.createRenewalApplication.message).toContain('撤销办理中');
    const pending = await holder.member.request<{ submitApplication: Refusal }>(SUBMIT, {
      input: { applicationId, declarationAccepted: true },
    });
    expect(pending.data?.submitApplication).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 11',
      code: 'REVOCATION_PENDING',
    });

    await server.db.prisma.revocation.update({
      where: { id: revocation.id },
      data: { status: 'COMPLETED', effectiveOn: day(today) },
    });
    const revoked = await holder.member.request<{ submitApplication: Refusal }>(SUBMIT, {
      input: { applicationId, declarationAccepted: true },
    });
    expect(revoked.data?.submitApplication).toMatchObject({ article: 'Art. 11', code: 'REVOKED_CANNOT_RENEW' });
    expect(revoked.data?.submitApplication.message).toMatch(/^第十一条：.*不能再次申报/);

    const id = Buffer.from(applicationId, 'base64').toString('utf8').split(':')[1] ?? '';
    await server.db.prisma.application.update({ where: { id }, data: { status: 'RETURNED' } });
    const resubmitted = await holder.member.request<{ resubmitApplication: Refusal }>(RESUBMIT, {
      input: { applicationId },
    });
    expect(resubmitted.data?.resubmitApplication).toMatchObject({ article: 'Art. 11', code: 'REVOKED_CANNOT_RENEW' });
    expect((await server.db.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe('RETURNED');
  });

  it('fails its entry at the award, with the reason on its timeline, while the other entries are awarded', async () => {
    const renewing = await holderOf(`${round.year - 2}-01-01`, `${round.year}-12-31`);
    const other = await holderOf('2015-01-01', '2017-12-31'); // expired: free to apply
    const pastRound = await server.db.prisma.round.create({
      data: {
        year: 2015,
        sequence: 1,
        name: '2015年第一批（测试）',
        opensOn: day('2015-03-01'),
        submissionDeadline: day('2015-04-15'),
        reviewEndsOn: day('2015-06-15'),
      },
    });
    const inNotice = (organisationId: string, renewsAccreditationId: string | null) =>
      server.db.prisma.application.create({
        data: {
          roundId: pastRound.id,
          organisationId,
          status: 'IN_PUBLIC_NOTICE',
          isRenewal: renewsAccreditationId !== null,
          renewsAccreditationId,
          eligibilitySnapshot: { eligible: true, qualifiedFunctions: ['INFORMATION'], checks: [] },
          functions: { create: [{ function: 'INFORMATION' }] },
        },
      });
    const renewal = await inNotice(renewing.org.id, renewing.title.id);
    const ordinary = await inNotice(other.org.id, null);
    const publishedOn = addDays(today, -40);
    const notice = await server.db.prisma.publicNotice.create({
      data: {
        roundId: pastRound.id,
        title: '2015年示范平台认定结果公示（测试）',
        publishedOn: day(publishedOn),
        startsOn: day(publishedOn),
        endsOn: day(addDays(publishedOn, 7)),
        status: 'PUBLISHED',
        createdById: adminId,
        entries: { create: [{ applicationId: renewal.id }, { applicationId: ordinary.id }] },
      },
    });
    await openRevocation(renewing.title.id);

    const awarded = await admin.request<{
      awardAccreditations: { __typename: string; data: { organisationName: string }[] };
    }>(
      'mutation ($input: AwardAccreditationsInput!) { awardAccreditations(input: $input) { __typename ... on AwardAccreditationsSuccess { data { organisationName } } ... on RuleViolationError { code message } } }',
      { input: { noticeId: gid('PublicNotice', notice.id) } },
    );
    expect(awarded.data?.awardAccreditations.__typename, JSON.stringify(awarded)).toBe('AwardAccreditationsSuccess');
    expect(awarded.data?.awardAccreditations.data.map((a) => a.organisationName)).toEqual([other.org.name]);
    expect((await server.db.prisma.application.findUniqueOrThrow({ where: { id: renewal.id } })).status).toBe('FAILED');
    expect(await server.db.prisma.accreditation.count({ where: { applicationId: renewal.id } })).toBe(0);
    const entries = await server.db.prisma.publicNoticeEntry.findMany({
      where: { noticeId: notice.id },
      select: { applicationId: true, outcome: true },
    });
    expect(Object.fromEntries(entries.map((e) => [e.applicationId, e.outcome]))).toEqual({
      [renewal.id]: 'FAILED',
      [ordinary.id]: 'CLEARED',
    });
    const timeline = await server.db.prisma.timelineEntry.findFirstOrThrow({
      where: { subjectType: 'Application', subjectId: renewal.id, action: 'failRevokedRenewal' },
    });
    expect(timeline.status).toBe('FAILED');
    expect(timeline.note).toContain('第十一条');
    expect(timeline.note).toContain('不予认定');
  });
});

describe('a revocation in progress is public (Arts. 11, 13)', () => {
  it('is shown by the certificate check and the register from the failed spot check until it takes effect', async () => {
    const holder = await holderOf(addDays(today, -200), addDays(today, 800));
    const number = holder.title.certificateNumber;
    const check = async () =>
      (
        await anonymous.request<{
          certificate: { status: string; revokedOn: string | null; revocationPending: boolean };
        }>(CERTIFICATE, { n: number })
      ).data?.certificate;
    const listed = async () =>
      (
        await anonymous.request<{
          register: { edges: { node: { certificateNumber: string; revocationPending: boolean } }[] };
        }>(REGISTER, { n: holder.org.name })
      ).data?.register.edges.map((e) => e.node);
    expect(await check()).toMatchObject({ status: 'VALID', revocationPending: false });
    expect(await listed()).toEqual([expect.objectContaining({ certificateNumber: number, revocationPending: false })]);

    const campaign = await server.db.prisma.spotCheckCampaign.create({
      data: {
        name: '撤销办理中测试',
        year: round.year,
        seed: 'pending',
        sampleSize: 1,
        populationSize: 1,
        population: [holder.title.id],
        drawnById: adminId,
        checks: { create: [{ accreditationId: holder.title.id, position: 0 }] },
      },
      include: { checks: true },
    });
    const failed = await admin.request<{ recordSpotCheckResult: { __typename: string } }>(
      'mutation ($input: RecordSpotCheckResultInput!) { recordSpotCheckResult(input: $input) { __typename } }',
      {
        input: {
          spotCheckId: gid('SpotCheck', campaign.checks[0]?.id ?? ''),
          passed: false,
          findings: '服务台账与申报数据不符',
        },
      },
    );
    expect(failed.data?.recordSpotCheckResult.__typename).toBe('RecordSpotCheckResultSuccess');
    expect(await check()).toEqual({ number, status: 'VALID', revokedOn: null, revocationPending: true });
    expect(await listed()).toEqual([
      expect.objectContaining({ certificateNumber: number, status: 'VALID', revocationPending: true }),
    ]);

    // Completed with an effective date still to come: still being revoked until that day.
    const tomorrow = addDays(today, 1);
    const completed = await admin.request<{ revokeAccreditation: { __typename: string } }>(
      'mutation ($input: RevokeAccreditationInput!) { revokeAccreditation(input: $input) { __typename } }',
      {
        input: {
          accreditationId: gid('Accreditation', holder.title.id),
          reason: 'FAILED_SPOT_CHECK',
          description: '抽查不合格',
          evidence: '',
          effectiveOn: tomorrow,
        },
      },
    );
    expect(completed.data?.revokeAccreditation.__typename).toBe('RevokeAccreditationSuccess');
    expect(await check()).toEqual({ number, status: 'VALID', revokedOn: tomorrow, revocationPending: true });

    await server.db.prisma.revocation.update({
      where: { accreditationId: holder.title.id },
      data: { effectiveOn: day(today) },
    });
    expect(await check()).toEqual({ number, status: 'REVOKED', revokedOn: today, revocationPending: false });
    expect(await listed()).toEqual([]);
  });

  it('stops a national recommendation (Art. 14) and records none', async () => {
    const holder = await holderOf(addDays(today, -200), addDays(today, 800));
    const clean = await holderOf(addDays(today, -200), addDays(today, 800));
    await openRevocation(holder.title.id);
    const refused = await admin.request<{ recommendNationally: Refusal }>(RECOMMEND, {
      input: {
        year: round.year,
        accreditationIds: [gid('Accreditation', clean.title.id), gid('Accreditation', holder.title.id)],
        note: '择优推荐',
      },
    });
    expect(refused.data?.recommendNationally).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 14',
      code: 'REVOCATION_PENDING',
    });
    expect(refused.data?.recommendNationally.message).toContain(holder.title.certificateNumber);
    expect(refused.data?.recommendNationally.message).toMatch(/^第十四条：.*撤销办理中/);
    expect(
      await server.db.prisma.nationalRecommendation.count({
        where: { accreditationId: { in: [holder.title.id, clean.title.id] } },
      }),
    ).toBe(0);
  });

  it("counts open revocations older than the configured working days on the administrators' workbench", async () => {
    const QUERY = '{ overdueOpenRevocations { count workingDays } }';
    const before = (await admin.request<{ overdueOpenRevocations: { count: number; workingDays: number } }>(QUERY)).data
      ?.overdueOpenRevocations;
    expect(before?.workingDays).toBe(10);
    const old = await holderOf(addDays(today, -200), addDays(today, 800));
    const recent = await holderOf(addDays(today, -200), addDays(today, 800));
    await server.db.prisma.revocation.create({
      data: {
        accreditationId: old.title.id,
        reason: 'FAILED_SPOT_CHECK',
        status: 'OPEN',
        description: '抽查不合格',
        openedAt: day(addDays(today, -40)),
      },
    });
    await openRevocation(recent.title.id);
    const after = (await admin.request<{ overdueOpenRevocations: { count: number } }>(QUERY)).data
      ?.overdueOpenRevocations;
    expect(after?.count).toBe((before?.count ?? 0) + 1);
    const member = await old.member.request(QUERY);
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unit = await signedInClient(server.url, 'unit@example.com');
    expect((await unit.request<{ overdueOpenRevocations: null }>(QUERY)).data?.overdueOpenRevocations).toBeNull();
  });
});
