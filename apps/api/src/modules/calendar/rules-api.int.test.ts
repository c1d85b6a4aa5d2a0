// The public rule endpoints of issue 3 over real HTTP: eligibility preview, notice period on the
// statutory calendar with administrators' overrides, and the credit-code check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer } from '../../testing/test-server.js';

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
  fixedPremises: true,
  managementRules: true,
  smallMicroFeeConcessions: true,
  developmentPlan: true,
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
  functions: [{ function: 'TRAINING', trainingQualification: true, onlineAndOfflineTraining: true, trainingEvaluation: true, traineesPerYear: 2000 }],
};

const PREVIEW = `query ($input: EligibilityInput!) {
  eligibilityPreview(input: $input) {
    eligible qualifiedFunctions
    checks { code article function passed required actual message en: message(locale: EN) }
  }
}`;

type Preview = {
  eligibilityPreview: {
    eligible: boolean;
    qualifiedFunctions: string[];
    checks: { code: string; article: string; passed: boolean; required: string | null; actual: string | null; message: string; en: string }[];
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
    const result = await new GraphQLClient(server.url).request(PREVIEW, { input: { ...eligibleFacts, serviceStaff: -1 } });
    expect(result.errors?.[0]?.message).toContain('serviceStaff');
  });
});

describe('noticePeriod (Art. 8) on the statutory calendar', () => {
  it('skips the 2025 National Day holiday and counts the make-up Saturday', async () => {
    const result = await new GraphQLClient(server.url).request<{ noticePeriod: { startsOn: string; endsOn: string; workingDays: string[] } }>(
      NOTICE,
      { d: '2025-09-30' },
    );
    expect(result.data?.noticePeriod).toEqual({
      startsOn: '2025-09-30',
      endsOn: '2025-10-13',
      workingDays: ['2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13'],
    });
  });

  it('starts on the next working day after a holiday — here the 2026 make-up Sunday', async () => {
    const result = await new GraphQLClient(server.url).request<{ noticePeriod: { startsOn: string } }>(NOTICE, { d: '2026-01-01' });
    expect(result.data?.noticePeriod.startsOn).toBe('2026-01-04');
  });

  it('rejects a date that does not exist', async () => {
    const result = await new GraphQLClient(server.url).request(NOTICE, { d: '2026-02-30' });
    expect(result.errors?.[0]?.message).toContain('2026-02-30');
  });

  it("applies an administrator's override at once, audits it, and lets only administrators set one", async () => {
    const admin = new GraphQLClient(server.url);
    await admin.login('admin@example.com');
    const set = await admin.request<{ setWorkingDay: { __typename: string } }>(SET_DAY, {
      date: '2025-10-10',
      w: false,
      note: '测试：临时调整',
    });
    expect(set.data?.setWorkingDay.__typename).toBe('SetWorkingDaySuccess');
    const shifted = await new GraphQLClient(server.url).request<{ noticePeriod: { endsOn: string; workingDays: string[] } }>(NOTICE, { d: '2025-09-30' });
    expect(shifted.data?.noticePeriod.workingDays).not.toContain('2025-10-10');
    expect(shifted.data?.noticePeriod.endsOn).toBe('2025-10-14');
    expect(await server.db.prisma.auditEvent.count({ where: { action: 'calendar.setWorkingDay', entityId: '2025-10-10' } })).toBe(1);

    const blank = await admin.request<{ setWorkingDay: { __typename: string; fieldErrors: { path: string[] }[] } }>(SET_DAY, {
      date: '2027-02-06',
      w: true,
      note: '   ',
    });
    expect(blank.data?.setWorkingDay.__typename).toBe('ValidationError');
    expect(blank.data?.setWorkingDay.fieldErrors[0]?.path).toEqual(['note']);

    const member = new GraphQLClient(server.url);
    await member.login('member@example.com');
    const denied = await member.request(SET_DAY, { date: '2027-02-06', w: true, note: '调休' });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.workingDayOverride.count({ where: { date: new Date('2027-02-06T00:00:00Z') } })).toBe(0);

    const cleared = await admin.request<{ clearWorkingDayOverride: boolean }>('mutation { clearWorkingDayOverride(date: "2025-10-10") }');
    expect(cleared.data?.clearWorkingDayOverride).toBe(true);
    const restored = await new GraphQLClient(server.url).request<{ noticePeriod: { endsOn: string } }>(NOTICE, { d: '2025-09-30' });
    expect(restored.data?.noticePeriod.endsOn).toBe('2025-10-13');
  });
});

describe('creditCodeCheck (GB 32100-2015) — public', () => {
  const CHECK = 'query ($c: String!) { creditCodeCheck(code: $c) { valid normalized reason } }';
  it('accepts a real code, normalising lower case', async () => {
    const result = await new GraphQLClient(server.url).request<{ creditCodeCheck: { valid: boolean; normalized: string } }>(CHECK, {
      c: '9144030071526726xg',
    });
    expect(result.data?.creditCodeCheck).toMatchObject({ valid: true, normalized: '9144030071526726XG' });
  });
  it('rejects a corrupted code with a reason', async () => {
    const result = await new GraphQLClient(server.url).request<{ creditCodeCheck: { valid: boolean; reason: string } }>(CHECK, {
      c: '9144030071526727XG',
    });
    expect(result.data?.creditCodeCheck.valid).toBe(false);
    expect(result.data?.creditCodeCheck.reason).toBeTruthy();
  });
});
