// After the award (Arts. 11, 13, 14) through HTTP, on PGlite or on PostgreSQL (DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
let holder: GraphQLClient;
const today = todayInShanghai();
const year = Number(today.slice(0, 4));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const decodeId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  holder = await signedInClient(server.url, 'holder@example.com');
}, 120_000);
afterAll(async () => {
  await server?.close();
});

type Title = {
  id: string;
  certificateNumber: string;
  status: string;
  state: string;
  renewable: boolean;
  allowedActions: string[];
  organisation: { name: string };
};
const TITLES = `{ accreditations { id certificateNumber status: titleStatus state renewable allowedActions organisation { name } } }`;
async function titles(): Promise<Title[]> {
  const r = await admin.request<{ accreditations: Title[] }>(TITLES);
  return r.data?.accreditations ?? [];
}
async function openRoundId(): Promise<string> {
  const r = await holder.request<{ openRounds: { id: string }[] }>('{ openRounds { id } }');
  return r.data?.openRounds[0]?.id ?? '';
}

const IMPORT = `mutation ($input: ImportAccreditationsInput!) { importAccreditations(input: $input) {
  __typename
  ... on ImportAccreditationsSuccess { data { id certificateNumber status: titleStatus validUntil imported } }
  ... on ImportRowsError { message problems { row field message } }
} }`;

describe('legacy import (all or nothing)', () => {
  const good = {
    organisationName: '青岛海洋中小企业服务中心',
    creditCode: '91370200MA3C00077',
    functions: ['INFORMATION'],
    awardedOn: `${year - 1}-05-06`,
    certificateNumber: 'QD-OLD-0001',
  };
  it('reports every bad row and imports nothing', async () => {
    const before = await server.db.prisma.accreditation.count();
    const result = await admin.request<{
      importAccreditations: { __typename: string; problems: { row: number; field: string }[] };
    }>(IMPORT, {
      input: {
        rows: [
          { ...good, creditCode: fixCheck(good.creditCode) },
          { ...good, organisationName: '坏代码', creditCode: '91370200MA3C0007X', certificateNumber: 'QD-OLD-0002' },
          {
            ...good,
            organisationName: '重复编号',
            creditCode: fixCheck('91370200MA3C00088'),
            certificateNumber: 'QD-OLD-0001',
          },
          {
            ...good,
            organisationName: '未来日期',
            creditCode: fixCheck('91370200MA3C00099'),
            awardedOn: `${year + 1}-01-01`,
            certificateNumber: null,
          },
        ],
      },
    });
    const r = result.data?.importAccreditations;
    expect(r?.__typename).toBe('ImportRowsError');
    expect(r?.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'creditCode'],
      [3, 'certificateNumber'],
      [4, 'awardedOn'],
    ]);
    expect(await server.db.prisma.accreditation.count()).toBe(before);
  });

  it('imports good rows with Art. 11 validity, a number when none is given, and a status', async () => {
    const result = await admin.request<{
      importAccreditations: {
        __typename: string;
        data: { certificateNumber: string; status: string; validUntil: string; imported: boolean }[];
      };
    }>(IMPORT, {
      input: {
        rows: [
          { ...good, creditCode: fixCheck(good.creditCode) },
          { ...good, organisationName: '无编号', creditCode: fixCheck('91370200MA3C00088'), certificateNumber: null },
        ],
      },
    });
    const data = result.data?.importAccreditations.data ?? [];
    expect(result.data?.importAccreditations.__typename).toBe('ImportAccreditationsSuccess');
    expect(data[0]).toMatchObject({
      certificateNumber: 'QD-OLD-0001',
      status: 'VALID',
      validUntil: `${year + 2}-05-05`,
      imported: true,
    });
    expect(data[1]?.certificateNumber).toMatch(new RegExp(`^LEGACY-${year - 1}-\\d{4}$`));
    // Importing the same title again is refused as a duplicate.
    const again = await admin.request<{ importAccreditations: { __typename: string } }>(IMPORT, {
      input: { rows: [{ ...good, creditCode: fixCheck(good.creditCode), certificateNumber: 'QD-OLD-0009' }] },
    });
    expect(again.data?.importAccreditations.__typename).toBe('ImportRowsError');
  });
});

const RENEW = `mutation ($input: CreateRenewalApplicationInput!) { createRenewalApplication(input: $input) {
  __typename
  ... on CreateRenewalApplicationSuccess { data { id isRenewal status functions renewsAccreditation { id } } }
  ... on RuleViolationError { article code message }
} }`;

describe('renewal (Art. 11)', () => {
  it('is refused outside the expiry year and for a revoked title, allowed in the expiry year', async () => {
    const mine = await holder.request<{ myAccreditations: { id: string; status: string; renewable: boolean }[] }>(
      '{ myAccreditations { id status: titleStatus renewable } }',
    );
    const title = mine.data?.myAccreditations.find((t) => t.status === 'EXPIRING_THIS_YEAR');
    expect(title?.renewable).toBe(true);
    const accreditationId = title?.id ?? '';
    const roundId = await openRoundId();
    const row = await server.db.prisma.accreditation.findFirstOrThrow({
      where: { organisation: { users: { some: { email: 'holder@example.com' } } } },
    });

    await server.db.prisma.accreditation.update({
      where: { id: row.id },
      data: { validUntil: day(`${year + 1}-03-01`) },
    });
    const early = await holder.request<{ createRenewalApplication: { code: string; article: string } }>(RENEW, {
      input: { accreditationId, roundId },
    });
    expect(early.data?.createRenewalApplication).toMatchObject({ article: 'Art. 11', code: 'OUTSIDE_RENEWAL_WINDOW' });

    await server.db.prisma.accreditation.update({ where: { id: row.id }, data: { validUntil: row.validUntil } });
    const revocation = await server.db.prisma.revocation.create({
      data: {
        accreditationId: row.id,
        reason: 'VIOLATION_VERIFIED',
        status: 'COMPLETED',
        description: 'x',
        evidence: 'y',
        effectiveOn: day(`${year}-01-15`),
      },
    });
    const revoked = await holder.request<{ createRenewalApplication: { code: string; article: string } }>(RENEW, {
      input: { accreditationId, roundId },
    });
    expect(revoked.data?.createRenewalApplication).toMatchObject({ article: 'Art. 11', code: 'REVOKED_CANNOT_RENEW' });
    await server.db.prisma.revocation.delete({ where: { id: revocation.id } });

    const ok = await holder.request<{
      createRenewalApplication: {
        __typename: string;
        data: { isRenewal: boolean; status: string; functions: string[]; renewsAccreditation: { id: string } };
      };
    }>(RENEW, {
      input: { accreditationId, roundId },
    });
    expect(ok.data?.createRenewalApplication.__typename).toBe('CreateRenewalApplicationSuccess');
    expect(ok.data?.createRenewalApplication.data).toMatchObject({
      isRenewal: true,
      status: 'DRAFT',
      functions: ['STARTUP', 'TRAINING'],
      renewsAccreditation: { id: accreditationId },
    });
  });

  it('starts from the facts and functions of the application that won the title, keeps the lineage, and only in a round of the expiry year', async () => {
    const member = await signedInClient(server.url, 'renewal@example.com');
    const mine = await member.request<{
      myAccreditations: { id: string; status: string; renewable: boolean; application: { id: string } | null }[];
    }>('{ myAccreditations { id status: titleStatus renewable application { id } } }');
    const title = mine.data?.myAccreditations.find((t) => t.status === 'EXPIRING_THIS_YEAR');
    expect(title?.renewable).toBe(true);
    const source = await server.db.prisma.application.findUniqueOrThrow({
      where: { id: decodeId(title?.application?.id ?? '') },
      include: { functions: true },
    });

    // A round of another year is not the renewal window (Art. 11), even while it is open.
    const nextYear = await server.db.prisma.round.create({
      data: {
        year: year + 1,
        sequence: 1,
        name: `${year + 1}年第一批（测试）`,
        opensOn: day(today),
        submissionDeadline: day(`${year + 1}-03-31`),
        reviewEndsOn: day(`${year + 1}-05-31`),
      },
    });
    const { encodeGlobalID } = await import('@pothos/plugin-relay');
    const wrongRound = await member.request<{ createRenewalApplication: { code: string; article: string } }>(RENEW, {
      input: { accreditationId: title?.id, roundId: encodeGlobalID('Round', nextYear.id) },
    });
    expect(wrongRound.data?.createRenewalApplication).toMatchObject({
      article: 'Art. 11',
      code: 'OUTSIDE_RENEWAL_WINDOW',
    });
    await server.db.prisma.round.delete({ where: { id: nextYear.id } });

    const created = await member.request<{ createRenewalApplication: { __typename: string; data: { id: string } } }>(
      RENEW,
      { input: { accreditationId: title?.id, roundId: await openRoundId() } },
    );
    expect(created.data?.createRenewalApplication.__typename).toBe('CreateRenewalApplicationSuccess');
    const read = await member.request<{
      application: {
        isRenewal: boolean;
        status: string;
        renewsAccreditation: { id: string };
        renewalPrefilledFrom: { id: string } | null;
        facts: {
          smesServedLastYear: number;
          smesServedYearBefore: number;
          totalAssetsYuan: string;
          principalIntegrity: boolean;
          organisesServiceResources: boolean | null;
          functions: { function: string; traineesPerYear: number | null; offlineEnterprisesServed: number | null }[];
        };
      };
    }>(
      `query ($id: ID!) { application(id: $id) { isRenewal status renewsAccreditation { id } renewalPrefilledFrom { id }
        facts { smesServedLastYear smesServedYearBefore totalAssetsYuan principalIntegrity organisesServiceResources functions { function traineesPerYear offlineEnterprisesServed } } } }`,
      { id: created.data?.createRenewalApplication.data.id },
    );
    const renewal = read.data?.application;
    expect(renewal).toMatchObject({
      isRenewal: true,
      status: 'DRAFT',
      renewsAccreditation: { id: title?.id },
      renewalPrefilledFrom: { id: title?.application?.id },
    });
    expect(renewal?.facts).toMatchObject({
      smesServedLastYear: source.smesServedLastYear,
      smesServedYearBefore: source.smesServedYearBefore,
      principalIntegrity: true,
      organisesServiceResources: true,
    });
    expect(Number(renewal?.facts.totalAssetsYuan)).toBe(Number(source.totalAssetsYuan));
    const byFunction = (
      rows: { function: string; traineesPerYear: number | null; offlineEnterprisesServed: number | null }[],
    ) => Object.fromEntries(rows.map((f) => [f.function, [f.traineesPerYear, f.offlineEnterprisesServed]]));
    expect(byFunction(renewal?.facts.functions ?? [])).toEqual(byFunction(source.functions));
    // The earlier, revoked title of the same organisation cannot be renewed (Art. 11).
    const all = await member.request<{
      myAccreditations: { id: string; status: string; renewalBlocker: { article: string; code: string } | null }[];
    }>('{ myAccreditations { id status: titleStatus renewalBlocker { article code } } }');
    const revoked = all.data?.myAccreditations.find((t) => t.status === 'REVOKED');
    expect(revoked?.renewalBlocker).toEqual({ article: 'Art. 11', code: 'REVOKED_CANNOT_RENEW' });
    const refused = await member.request<{ createRenewalApplication: { code: string; article: string } }>(RENEW, {
      input: { accreditationId: revoked?.id, roundId: await openRoundId() },
    });
    expect(refused.data?.createRenewalApplication).toMatchObject({ article: 'Art. 11', code: 'REVOKED_CANNOT_RENEW' });
  });

  it("is the holder's alone", async () => {
    const other = await server.db.prisma.accreditation.findFirstOrThrow({
      where: { organisation: { name: '深圳融信融资担保有限公司' } },
    });
    const member = await signedInClient(server.url, 'member@example.com');
    const { encodeGlobalID } = await import('@pothos/plugin-relay');
    const r = await member.request<{ createRenewalApplication: { __typename: string } }>(RENEW, {
      input: { accreditationId: encodeGlobalID('Accreditation', other.id), roundId: await openRoundId() },
    });
    expect(r.data?.createRenewalApplication.__typename).toBe('NotFoundError');
  });
});

const DRAW = `mutation ($input: DrawSpotCheckSampleInput!) { drawSpotCheckSample(input: $input) {
  __typename
  ... on DrawSpotCheckSampleSuccess { data { id seed populationSize population checks { id status accreditation { id status: titleStatus state } } } }
} }`;
type Drawn = {
  id: string;
  seed: string;
  populationSize: number;
  population: string[];
  checks: { id: string; accreditation: { id: string; status: string; state: string } }[];
};

describe('spot checks (Art. 13)', () => {
  it('draws only from titles valid and unrevoked today, and the same seed draws the same sample', async () => {
    const first = await admin.request<{ drawSpotCheckSample: { data: Drawn } }>(DRAW, {
      input: { name: '测试抽查一', sampleSize: 4, seed: 'same-seed' },
    });
    const again = await admin.request<{ drawSpotCheckSample: { data: Drawn } }>(DRAW, {
      input: { name: '测试抽查二', sampleSize: 4, seed: 'same-seed' },
    });
    const a = first.data?.drawSpotCheckSample.data;
    const b = again.data?.drawSpotCheckSample.data;
    expect(a?.seed).toBe('same-seed');
    expect(a?.checks).toHaveLength(4);
    expect(b?.checks.map((c) => c.accreditation.id)).toEqual(a?.checks.map((c) => c.accreditation.id));

    const all = await server.db.prisma.accreditation.findMany({ include: { revocation: true } });
    const eligible = all
      .filter((t) => !t.revocation && t.validFrom <= day(today) && t.validUntil >= day(today))
      .map((t) => t.id);
    expect(a?.populationSize).toBe(eligible.length);
    expect(new Set(a?.population.map(String))).toEqual(new Set(eligible));
    expect(all.some((t) => t.revocation) && all.some((t) => t.validUntil < day(today))).toBe(true); // the seed has revoked and expired titles to leave out
    for (const check of a?.checks ?? []) {
      expect(['VALID', 'EXPIRING_THIS_YEAR']).toContain(check.accreditation.status);
      expect(check.accreditation.state).toBe('HELD');
    }

    const generated = await admin.request<{ drawSpotCheckSample: { data: Drawn } }>(DRAW, {
      input: { name: '测试抽查三', sampleSize: 2, stratifyByFunction: true },
    });
    expect(generated.data?.drawSpotCheckSample.data.seed).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a failed check opens a revocation no one can dismiss; completing it revokes, publishes and notifies', async () => {
    const drawn = await admin.request<{ drawSpotCheckSample: { data: Drawn } }>(DRAW, {
      input: { name: '不合格测试', sampleSize: 1, seed: 'fail-seed' },
    });
    const check = drawn.data?.drawSpotCheckSample.data.checks[0];
    const spotCheckId = check?.id ?? '';
    const titleId = check?.accreditation.id ?? '';

    const request = await admin.request<{ requestSpotCheckEvidence: { __typename: string; data: { status: string } } }>(
      `mutation ($input: RequestSpotCheckEvidenceInput!) { requestSpotCheckEvidence(input: $input) { __typename ... on RequestSpotCheckEvidenceSuccess { data { status } } } }`,
      { input: { spotCheckId, request: '请提交服务台账', dueOn: today } },
    );
    expect(request.data?.requestSpotCheckEvidence.data?.status, JSON.stringify(request)).toBe('EVIDENCE_REQUESTED');

    const result = await admin.request<{
      recordSpotCheckResult: {
        __typename: string;
        data: {
          status: string;
          accreditation: { state: string; allowedActions: string[]; revocation: { status: string; reason: string } };
        };
      };
    }>(
      `mutation ($input: RecordSpotCheckResultInput!) { recordSpotCheckResult(input: $input) { __typename ... on RecordSpotCheckResultSuccess { data { status accreditation { state allowedActions revocation { status reason } } } } } }`,
      { input: { spotCheckId, passed: false, findings: '服务台账与申报数据不符' } },
    );
    expect(result.data?.recordSpotCheckResult.data).toMatchObject({
      status: 'FAILED',
      accreditation: {
        state: 'REVOCATION_OPEN',
        allowedActions: ['COMPLETE_REVOCATION'],
        revocation: { status: 'OPEN', reason: 'FAILED_SPOT_CHECK' },
      },
    });
    expect(
      await server.db.prisma.timelineEntry.count({
        where: {
          subjectType: 'Accreditation',
          subjectId: (
            await server.db.prisma.spotCheck.findFirstOrThrow({ where: { campaign: { name: '不合格测试' } } })
          ).accreditationId,
          action: 'openRevocation',
        },
      }),
    ).toBe(1);
    // It stays open whatever else happens: a second result is refused (the check is final).
    const twice = await admin.request<{ recordSpotCheckResult: { __typename: string; code: string } }>(
      `mutation ($input: RecordSpotCheckResultInput!) { recordSpotCheckResult(input: $input) { __typename ... on RuleViolationError { code } } }`,
      { input: { spotCheckId, passed: true, findings: '改判' } },
    );
    expect(twice.data?.recordSpotCheckResult).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'ILLEGAL_TRANSITION',
    });

    // A member of the holder, to be told.
    const holderOrg = (
      await server.db.prisma.spotCheck.findFirstOrThrow({
        where: { campaign: { name: '不合格测试' } },
        select: { accreditation: { select: { organisationId: true } } },
      })
    ).accreditation.organisationId;
    const told = await server.db.prisma.user.create({
      data: {
        email: 'told@example.com',
        displayName: '被通知',
        passwordHash: 'x',
        roles: ['MEMBER'],
        organisationId: holderOrg,
      },
    });
    const revoke = await admin.request<{
      revokeAccreditation: { __typename: string; data: { status: string; effectiveOn: string } };
    }>(
      `mutation ($input: RevokeAccreditationInput!) { revokeAccreditation(input: $input) { __typename ... on RevokeAccreditationSuccess { data { status effectiveOn } } ... on RuleViolationError { code message } } }`,
      {
        input: {
          accreditationId: titleId,
          reason: 'FAILED_SPOT_CHECK',
          description: '抽查不合格',
          evidence: '',
          effectiveOn: today,
        },
      },
    );
    expect(revoke.data?.revokeAccreditation).toMatchObject({
      __typename: 'RevokeAccreditationSuccess',
      data: { status: 'COMPLETED', effectiveOn: today },
    });
    const after = (await titles()).find((t) => t.id === titleId);
    expect(after).toMatchObject({ status: 'REVOKED', state: 'REVOKED', allowedActions: [] });
    const published = await admin.request<{ revokedTitles: { certificateNumber: string; reason: string }[] }>(
      '{ revokedTitles { certificateNumber reason } }',
    );
    expect(published.data?.revokedTitles.map((r) => r.certificateNumber)).toContain(after?.certificateNumber);
    expect(await server.db.prisma.notification.count({ where: { kind: 'title.revoked', userId: told.id } })).toBe(1);
    expect(await server.db.prisma.emailOutbox.count({ where: { to: 'told@example.com' } })).toBeGreaterThanOrEqual(1);
  });

  it('the holder answers its request and sees its notices; a violation needs its evidence (Art. 11)', async () => {
    const mine = await holder.request<{
      mySpotChecks: { id: string; status: string; evidenceRequest: string; allowedActions: string[] }[];
    }>('{ mySpotChecks { id status evidenceRequest allowedActions } }');
    const open = mine.data?.mySpotChecks.find((c) => c.status === 'EVIDENCE_REQUESTED');
    expect(open?.allowedActions).toEqual(['RESPOND']);
    const answer = await holder.request<{
      respondToSpotCheck: { __typename: string; data: { status: string; responseText: string } };
    }>(
      `mutation ($input: RespondToSpotCheckInput!) { respondToSpotCheck(input: $input) { __typename ... on RespondToSpotCheckSuccess { data { status responseText } } } }`,
      { input: { spotCheckId: open?.id, response: '已上传服务台账。' } },
    );
    expect(answer.data?.respondToSpotCheck.data, JSON.stringify(answer)).toEqual({
      status: 'RESPONDED',
      responseText: '已上传服务台账。',
    });
    // Admins hear of the answer.
    const bell = await admin.request<{
      myUnreadNotificationCount: number;
      myNotifications: { id: string; kind: string }[];
    }>('{ myUnreadNotificationCount myNotifications { id kind } }');
    expect(bell.data?.myNotifications.some((n) => n.kind === 'spotCheck.respond')).toBe(true);
    const marked = await admin.request<{ markNotificationsRead: { data: number } }>(
      `mutation { markNotificationsRead(input: {}) { ... on MarkNotificationsReadSuccess { data } } }`,
    );
    expect(marked.data?.markNotificationsRead.data).toBe(bell.data?.myUnreadNotificationCount);
    expect(
      (await admin.request<{ myUnreadNotificationCount: number }>('{ myUnreadNotificationCount }')).data
        ?.myUnreadNotificationCount,
    ).toBe(0);

    const target = (await titles()).find((t) => t.state === 'HELD' && t.status === 'VALID');
    const noEvidence = await admin.request<{
      revokeAccreditation: { __typename: string; code: string; article: string };
    }>(
      `mutation ($input: RevokeAccreditationInput!) { revokeAccreditation(input: $input) { __typename ... on RuleViolationError { code article } } }`,
      {
        input: {
          accreditationId: target?.id,
          reason: 'VIOLATION_VERIFIED',
          description: '虚假申报',
          evidence: ' ',
          effectiveOn: today,
        },
      },
    );
    expect(noEvidence.data?.revokeAccreditation).toMatchObject({
      code: 'VERIFICATION_EVIDENCE_REQUIRED',
      article: 'Art. 11',
    });
  });
});

describe('national recommendation (Art. 14)', () => {
  const RECOMMEND = `mutation ($input: RecommendNationallyInput!) { recommendNationally(input: $input) { __typename
    ... on RecommendNationallySuccess { data { year note accreditation { id } } } ... on RuleViolationError { article code message } } }`;
  it('refuses a revoked title and records valid ones', async () => {
    const all = await titles();
    const revoked = all.find((t) => t.status === 'REVOKED');
    const valid = all
      .filter((t) => t.state === 'HELD' && (t.status === 'VALID' || t.status === 'EXPIRING_THIS_YEAR'))
      .slice(0, 2);
    const refused = await admin.request<{ recommendNationally: { __typename: string; article: string; code: string } }>(
      RECOMMEND,
      {
        input: { year, accreditationIds: [valid[0]?.id, revoked?.id], note: '择优推荐' },
      },
    );
    expect(refused.data?.recommendNationally).toMatchObject({ article: 'Art. 14', code: 'TITLE_NOT_VALID' });
    expect(await server.db.prisma.nationalRecommendation.count()).toBe(0);
    const ok = await admin.request<{ recommendNationally: { __typename: string; data: { year: number }[] } }>(
      RECOMMEND,
      { input: { year, accreditationIds: valid.map((v) => v.id), note: '择优推荐' } },
    );
    expect(ok.data?.recommendNationally.data).toHaveLength(valid.length);
    const listed = await admin.request<{ nationalRecommendations: { accreditation: { id: string } }[] }>(
      `query ($y: Int) { nationalRecommendations(year: $y) { accreditation { id } } }`,
      { y: year },
    );
    expect(listed.data?.nationalRecommendations.map((r) => r.accreditation.id).sort()).toEqual(
      valid.map((v) => v.id).sort(),
    );
  });
});

/** Replaces the 18th character with the GB 32100 check character. */
function fixCheck(code: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...code.slice(0, 17)].reduce((s, c, i) => s + alphabet.indexOf(c) * (weights[i] ?? 0), 0);
  return code.slice(0, 17) + alphabet.charAt((31 - (sum % 31)) % 31);
}
