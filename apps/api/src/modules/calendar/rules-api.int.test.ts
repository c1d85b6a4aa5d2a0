// The public rule endpoints of issue 3 over real HTTP: eligibility preview, notice period on the
// statutory calendar with administrators' overrides, and the credit-code check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const NOTICE = 'query ($d: Date!) { noticePeriod(publishedOn: $d) { startsOn endsOn workingDays } }';
const SET_DAY = `mutation ($date: Date!, $w: Boolean!, $note: String!) {
  setWorkingDay(date: $date, isWorkingDay: $w, note: $note) {
    __typename
    ... on SetWorkingDaySuccess { data { date isWorkingDay note } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

const eligibleFacts = {
  foundedOn: '2015-03-18',
  submittedOn: '2026-05-10',
  independentLegalPerson: true,
  soundFinances: true,
  soundOperation: true,
  reputation: true,
  fixedPremises: true,
  organisesServiceResources: true,
  managementRules: true,
  reasonableFees: true,
  qualityAssurance: true,
  smallMicroFeeConcessions: true,
  developmentPlan: true,
  soundManagementTeam: true,
  principalIntegrity: true,
  organisationKind: 'SME_SERVICE_INSTITUTION',
  totalAssetsYuan: 3000000,
  satisfactionPercent: 80,
  freeOrLowFeeSharePercent: 20,
  smesServedLastYear: 150,
  smesServedYearBefore: 149,
  aggregatedInstitutions: 5,
  serviceStaff: 20,
  qualifiedStaff: 16,
  functions: [
    {
      function: 'TRAINING',
      trainingQualification: true,
      onlineAndOfflineTraining: true,
      trainingEvaluation: true,
      traineesPerYear: 2000,
    },
  ],
};

const PREVIEW = `query ($input: EligibilityInput!) {
  eligibilityPreview(input: $input) {
    eligible qualifiedFunctions
    checks { code article function kind status passed required actual message en: message(locale: EN) }
  }
}`;

type Preview = {
  eligibilityPreview: {
    eligible: boolean;
    qualifiedFunctions: string[];
    checks: {
      code: string;
      article: string;
      kind: string;
      status: string;
      passed: boolean;
      required: string | null;
      actual: string | null;
      message: string;
      en: string;
    }[];
  };
};

describe('eligibilityPreview (Art. 5, Art. 6) — public', () => {
  it('passes facts exactly at every threshold, without signing in', async () => {
    const result = await new GraphQLClient(server.url).request<Preview>(PREVIEW, { input: eligibleFacts });
    expect(result.errors).toBeUndefined();
    expect(result.data?.eligibilityPreview.eligible).toBe(true);
    expect(result.data?.eligibilityPreview.qualifiedFunctions).toEqual(['TRAINING']);
    expect(result.data?.eligibilityPreview.checks.every((c) => c.passed)).toBe(true);
  });

  it('fails just below a threshold and says which article, threshold and value', async () => {
    const result = await new GraphQLClient(server.url).request<Preview>(PREVIEW, {
      input: { ...eligibleFacts, totalAssetsYuan: 2999999.99 },
    });
    const failed = result.data?.eligibilityPreview.checks.filter((c) => !c.passed) ?? [];
    expect(result.data?.eligibilityPreview.eligible).toBe(false);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.article).toBe('Art. 5(1)');
    expect(failed[0]?.required).toBeTruthy();
    expect(failed[0]?.actual).toBeTruthy();
    expect(failed[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(failed[0]?.en).toMatch(/Art\. 5\(1\)/);
  });

  it('reports "Art. 6" when no declared function qualifies', async () => {
    const result = await new GraphQLClient(server.url).request<Preview>(PREVIEW, {
      input: { ...eligibleFacts, functions: [{ ...eligibleFacts.functions[0], traineesPerYear: 1999 }] },
    });
    expect(result.data?.eligibilityPreview.eligible).toBe(false);
    expect(result.data?.eligibilityPreview.qualifiedFunctions).toEqual([]);
    expect(result.data?.eligibilityPreview.checks.some((c) => c.article === 'Art. 6' && !c.passed)).toBe(true);
  });

  it('refuses negative figures with a message', async () => {
    const result = await new GraphQLClient(server.url).request(PREVIEW, {
      input: { ...eligibleFacts, serviceStaff: -1 },
    });
    expect(
      JSON.stringify((result.errors?.[0]?.extensions as { fieldErrors?: unknown } | undefined)?.fieldErrors),
    ).toContain('serviceStaff');
  });

  it('lists qualitative conditions as attested, to be verified in review — never as passed', async () => {
    const result = await new GraphQLClient(server.url).request<Preview>(PREVIEW, { input: eligibleFacts });
    const checks = result.data?.eligibilityPreview.checks ?? [];
    const attested = checks.filter((c) => c.kind === 'ATTESTED');
    expect(attested.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'ART5_1_SOUND_OPERATION',
        'ART5_2_REPUTATION',
        'ART5_3_ORGANISING_ABILITY',
        'ART5_4_REASONABLE_FEES',
        'ART5_4_QUALITY_ASSURANCE',
        'ART5_5_SOUND_MANAGEMENT_TEAM',
        'ART5_5_PRINCIPAL_INTEGRITY',
      ]),
    );
    for (const c of attested) {
      expect(c.status).toBe('ATTESTED');
      expect(c.message).toContain('待评审核实');
      expect(c.en).toContain('attested, to be verified in review');
    }
    const measured = checks.filter((c) => c.kind === 'MEASURED');
    expect(measured.map((c) => c.code)).toContain('ART5_1_TOTAL_ASSETS');
    for (const c of measured) expect(c.status).toBe('PASSED');
  });

  it('is not eligible while an attestation of the contract is missing, and says which article', async () => {
    const { reputation: _omitted, ...withoutReputation } = eligibleFacts;
    const result = await new GraphQLClient(server.url).request<Preview>(PREVIEW, {
      input: {
        ...withoutReputation,
        functions: [
          {
            ...eligibleFacts.functions[0],
            function: 'TECHNOLOGY',
            expertDatabase: true,
            projectDatabase: true,
            activitiesPerYear: 5,
            organisesResources: false,
          },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    const preview = result.data?.eligibilityPreview;
    expect(preview?.eligible).toBe(false);
    expect(preview?.checks.filter((c) => c.status === 'NOT_ATTESTED').map((c) => [c.code, c.article])).toEqual([
      ['ART5_2_REPUTATION', 'Art. 5(2)'],
      ['ART6_2_ORGANISES_RESOURCES', 'Art. 6(2)'],
    ]);
  });

  it('answers in Chinese by default and in English for an English reader, never mixed', async () => {
    const input = { ...eligibleFacts, totalAssetsYuan: 2500000, foundedOn: '2025-01-01' };
    const zh = await new GraphQLClient(server.url).request<Preview>(PREVIEW, { input });
    const en = await new GraphQLClient(server.url, { 'accept-language': 'en' }).request<Preview>(
      PREVIEW.replace(' en: message(locale: EN)', ''),
      { input },
    );
    const zhChecks = zh.data?.eligibilityPreview.checks ?? [];
    expect(zhChecks.length).toBeGreaterThan(20);
    for (const c of zhChecks) {
      // Chinese throughout: no English word outside quoted input (docs/measures.md).
      for (const text of [c.message, c.required ?? '', c.actual ?? ''])
        expect(text.match(/[A-Za-z]{2,}/g) ?? [], text).toEqual([]);
    }
    const assets = zhChecks.find((c) => c.code === 'ART5_1_TOTAL_ASSETS');
    expect(assets?.message).toContain('资产总额不低于300万元；申报值：250万元，不符合');
    expect(assets?.required).toBe('不少于300万元');
    expect(zhChecks.find((c) => c.code === 'ART5_1_OPERATING_YEARS')?.actual).toBe(
      '成立于2025年1月1日，申报日期为2026年5月10日',
    );
    const share = zhChecks.find((c) => c.code === 'ART5_5_QUALIFIED_STAFF_SHARE')?.message ?? '';
    expect(share).toContain('其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上。本系统的理解：');
    expect(share.indexOf('本系统的理解')).toBeGreaterThan(share.indexOf('比例占80%以上'));
    for (const c of en.data?.eligibilityPreview.checks ?? []) {
      expect(c.message).not.toMatch(/[\u4e00-\u9fff]/);
      expect(c.actual ?? '').not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(en.data?.eligibilityPreview.checks.find((c) => c.code === 'ART5_1_TOTAL_ASSETS')?.required).toBe(
      '≥ 3,000,000 CNY',
    );
    // An explicit locale wins over the header.
    const explicit = await new GraphQLClient(server.url, { 'accept-language': 'en' }).request<{
      creditCodeCheck: { reason: string };
    }>('query ($c: String!) { creditCodeCheck(code: $c) { reason(locale: ZH_CN) } }', { c: '9144030071526727XG' });
    expect(explicit.data?.creditCodeCheck.reason).toMatch(/^统一社会信用代码/);
  });

  it("refuses bad input with a message in the reader's language only", async () => {
    const zh = await new GraphQLClient(server.url).request(PREVIEW, {
      input: { ...eligibleFacts, satisfactionPercent: 120 },
    });
    expect(zh.errors?.[0]?.message).not.toContain('satisfactionPercent');
    expect(
      JSON.stringify((zh.errors?.[0]?.extensions as { fieldErrors?: unknown } | undefined)?.fieldErrors),
    ).toContain('satisfactionPercent');
    expect(zh.errors?.[0]?.message).toContain('百分比应在0至100之间');
    expect(zh.errors?.[0]?.message).not.toMatch(/must|percentage|invalid/i);
    const en = await new GraphQLClient(server.url, { 'accept-language': 'en-GB,en;q=0.9' }).request(PREVIEW, {
      input: { ...eligibleFacts, satisfactionPercent: 120 },
    });
    expect(en.errors?.[0]?.message).toContain('must be a percentage from 0 to 100');
    expect(en.errors?.[0]?.message).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('noticePeriod (Art. 8) on the statutory calendar', () => {
  it('skips the 2025 National Day holiday and counts the make-up Saturday', async () => {
    const result = await new GraphQLClient(server.url).request<{
      noticePeriod: { startsOn: string; endsOn: string; workingDays: string[] };
    }>(NOTICE, { d: '2025-09-30' });
    expect(result.data?.noticePeriod).toEqual({
      startsOn: '2025-09-30',
      endsOn: '2025-10-13',
      workingDays: ['2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13'],
    });
  });

  it('starts on the next working day after a holiday — here the 2026 make-up Sunday', async () => {
    const result = await new GraphQLClient(server.url).request<{ noticePeriod: { startsOn: string } }>(NOTICE, {
      d: '2026-01-01',
    });
    expect(result.data?.noticePeriod.startsOn).toBe('2026-01-04');
  });

  it('rejects a date that does not exist', async () => {
    const result = await new GraphQLClient(server.url).request(NOTICE, { d: '2026-02-30' });
    expect(result.errors?.[0]?.message).toContain('2026-02-30');
  });

  it("applies an administrator's override at once, audits it, and lets only administrators set one", async () => {
    const admin = await signedInClient(server.url, 'admin@example.com');
    const set = await admin.request<{ setWorkingDay: { __typename: string } }>(SET_DAY, {
      date: '2025-10-10',
      w: false,
      note: '测试：临时调整',
    });
    expect(set.data?.setWorkingDay.__typename).toBe('SetWorkingDaySuccess');
    const shifted = await new GraphQLClient(server.url).request<{
      noticePeriod: { endsOn: string; workingDays: string[] };
    }>(NOTICE, { d: '2025-09-30' });
    expect(shifted.data?.noticePeriod.workingDays).not.toContain('2025-10-10');
    expect(shifted.data?.noticePeriod.endsOn).toBe('2025-10-14');
    expect(
      await server.db.prisma.auditEvent.count({ where: { action: 'calendar.setWorkingDay', entityId: '2025-10-10' } }),
    ).toBe(1);

    const blank = await admin.request<{ setWorkingDay: { __typename: string; fieldErrors: { path: string[] }[] } }>(
      SET_DAY,
      {
        date: '2027-02-06',
        w: true,
        note: '   ',
      },
    );
    expect(blank.data?.setWorkingDay.__typename).toBe('ValidationError');
    expect(blank.data?.setWorkingDay.fieldErrors[0]?.path).toEqual(['note']);

    const member = await signedInClient(server.url, 'member@example.com');
    const denied = await member.request(SET_DAY, { date: '2027-02-06', w: true, note: '调休' });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.workingDayOverride.count({ where: { date: new Date('2027-02-06T00:00:00Z') } })).toBe(
      0,
    );

    const cleared = await admin.request<{ clearWorkingDayOverride: boolean }>(
      'mutation { clearWorkingDayOverride(date: "2025-10-10") }',
    );
    expect(cleared.data?.clearWorkingDayOverride).toBe(true);
    const restored = await new GraphQLClient(server.url).request<{ noticePeriod: { endsOn: string } }>(NOTICE, {
      d: '2025-09-30',
    });
    expect(restored.data?.noticePeriod.endsOn).toBe('2025-10-13');
  });
});

describe('creditCodeCheck (GB 32100-2015) — public', () => {
  const CHECK = 'query ($c: String!) { creditCodeCheck(code: $c) { valid normalized reason } }';
  it('accepts a real code, normalising lower case', async () => {
    const result = await new GraphQLClient(server.url).request<{
      creditCodeCheck: { valid: boolean; normalized: string };
    }>(CHECK, {
      c: '9144030071526726xg',
    });
    expect(result.data?.creditCodeCheck).toMatchObject({ valid: true, normalized: '9144030071526726XG' });
  });
  it("explains a corrupted code in the reader's language", async () => {
    const en = await new GraphQLClient(server.url, { 'accept-language': 'en' }).request<{
      creditCodeCheck: { reason: string };
    }>(CHECK, { c: '9144030071526727XG' });
    expect(en.data?.creditCodeCheck.reason).toMatch(/^The check character/);
    const zh = await new GraphQLClient(server.url, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }).request<{
      creditCodeCheck: { reason: string };
    }>(CHECK, { c: '9144030071526727XG' });
    expect(zh.data?.creditCodeCheck.reason).toBe('统一社会信用代码校验位不正确，请核对营业执照或法人证书。');
  });
  it('rejects a corrupted code with a reason', async () => {
    const result = await new GraphQLClient(server.url).request<{ creditCodeCheck: { valid: boolean; reason: string } }>(
      CHECK,
      {
        c: '9144030071526727XG',
      },
    );
    expect(result.data?.creditCodeCheck.valid).toBe(false);
    expect(result.data?.creditCodeCheck.reason).toBeTruthy();
  });
});
