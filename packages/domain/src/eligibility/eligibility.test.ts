import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkEligibility, type EligibilityCheck, type EligibilityFacts, type FunctionFacts } from './eligibility';
import { measuresTextOf, quotesVerbatim } from '../measures/measures-text';
import { eligibilityFactsArbitrary } from '../testing/arbitraries';
import { ELIGIBILITY_THRESHOLDS as T } from './thresholds';

const INFORMATION: FunctionFacts = {
  function: 'INFORMATION',
  onlineServiceSystem: true,
  offlineEnterprisesServed: 150,
  activitiesPerYear: 8,
};
const TECHNOLOGY: FunctionFacts = {
  function: 'TECHNOLOGY',
  organisesResources: true,
  expertDatabase: true,
  projectDatabase: true,
  activitiesPerYear: 5,
};
const STARTUP: FunctionFacts = {
  function: 'STARTUP',
  strongCoaching: true,
  projectDatabase: true,
  startupGuide: true,
  serviceHotline: true,
  governmentAgencyService: true,
  activitiesPerYear: 8,
};
const TRAINING: FunctionFacts = {
  function: 'TRAINING',
  trainingQualification: true,
  onlineAndOfflineTraining: true,
  trainingEvaluation: true,
  traineesPerYear: 2000,
};
const FINANCING_A: FunctionFacts = {
  function: 'FINANCING',
  activitiesPerYear: 10,
  financingFacilitatedYuan: 800_000_000,
};

/** Every figure exactly at its threshold: the minimal eligible applicant. */
const base: EligibilityFacts = {
  foundedOn: '2024-03-01',
  submittedOn: '2026-03-01',
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
  totalAssetsYuan: 3_000_000,
  satisfactionPercent: 80,
  freeOrLowFeeSharePercent: 20,
  smesServedLastYear: 150,
  smesServedYearBefore: 149,
  aggregatedInstitutions: 5,
  serviceStaff: 20,
  qualifiedStaff: 16,
  functions: [INFORMATION],
};

const check = (facts: EligibilityFacts, code: string) => {
  const found = checkEligibility(facts).checks.find((c) => c.code === code);
  if (!found) throw new Error(`no check ${code}`);
  return found;
};

describe('checkEligibility — Art. 5', () => {
  it('accepts the minimal applicant with every figure exactly at its threshold', () => {
    const result = checkEligibility(base);
    expect(result.checks.filter((c) => !c.passed)).toEqual([]);
    expect(result.eligible).toBe(true);
    expect(result.qualifiedFunctions).toEqual(['INFORMATION']);
  });

  it('has one check per Art. 5 condition, each naming its paragraph', () => {
    const art5 = checkEligibility(base).checks.filter((c) => c.article.startsWith('Art. 5'));
    expect(art5.map((c) => c.code)).toEqual([
      'ART5_1_INDEPENDENT_LEGAL_PERSON',
      'ART5_1_OPERATING_YEARS',
      'ART5_1_TOTAL_ASSETS',
      'ART5_1_SOUND_FINANCES',
      'ART5_1_SOUND_OPERATION',
      'ART5_1_ORGANISATION_KIND',
      'ART5_2_SMES_SERVED',
      'ART5_2_SATISFACTION',
      'ART5_2_STEADY_GROWTH',
      'ART5_2_REPUTATION',
      'ART5_3_FIXED_PREMISES',
      'ART5_3_ORGANISING_ABILITY',
      'ART5_3_AGGREGATED_INSTITUTIONS',
      'ART5_4_MANAGEMENT_RULES',
      'ART5_4_QUALITY_ASSURANCE',
      'ART5_4_REASONABLE_FEES',
      'ART5_4_SMALL_MICRO_FEE_CONCESSIONS',
      'ART5_4_FREE_OR_LOW_FEE_SHARE',
      'ART5_4_DEVELOPMENT_PLAN',
      'ART5_5_SOUND_MANAGEMENT_TEAM',
      'ART5_5_PRINCIPAL_INTEGRITY',
      'ART5_5_SERVICE_STAFF',
      'ART5_5_QUALIFIED_STAFF_SHARE',
    ]);
    for (const c of art5) expect(c.article).toBe(`Art. 5(${c.code[5]})`);
  });

  it.each([
    ['ART5_1_TOTAL_ASSETS', { totalAssetsYuan: 2_999_999.99 }],
    ['ART5_2_SMES_SERVED', { smesServedLastYear: 149, smesServedYearBefore: 100 }],
    ['ART5_2_SATISFACTION', { satisfactionPercent: 79.99 }],
    ['ART5_3_AGGREGATED_INSTITUTIONS', { aggregatedInstitutions: 4 }],
    ['ART5_4_FREE_OR_LOW_FEE_SHARE', { freeOrLowFeeSharePercent: 19.9 }],
    ['ART5_5_SERVICE_STAFF', { serviceStaff: 19, qualifiedStaff: 19 }],
    ['ART5_5_QUALIFIED_STAFF_SHARE', { serviceStaff: 20, qualifiedStaff: 15 }],
    ['ART5_2_STEADY_GROWTH', { smesServedLastYear: 150, smesServedYearBefore: 150 }],
  ] as const)('%s fails just below its threshold', (code, patch) => {
    const facts = { ...base, ...patch };
    const result = checkEligibility(facts);
    expect(check(facts, code).passed).toBe(false);
    expect(result.eligible).toBe(false);
    // The failure is confined to the condition under test.
    expect(result.checks.filter((c) => !c.passed).map((c) => c.code)).toEqual([code]);
  });

  it.each([
    ['ART5_1_INDEPENDENT_LEGAL_PERSON', 'independentLegalPerson'],
    ['ART5_1_SOUND_FINANCES', 'soundFinances'],
    ['ART5_1_SOUND_OPERATION', 'soundOperation'],
    ['ART5_2_REPUTATION', 'reputation'],
    ['ART5_4_REASONABLE_FEES', 'reasonableFees'],
    ['ART5_4_QUALITY_ASSURANCE', 'qualityAssurance'],
    ['ART5_5_SOUND_MANAGEMENT_TEAM', 'soundManagementTeam'],
    ['ART5_3_FIXED_PREMISES', 'fixedPremises'],
    ['ART5_3_ORGANISING_ABILITY', 'organisesServiceResources'],
    ['ART5_4_MANAGEMENT_RULES', 'managementRules'],
    ['ART5_4_SMALL_MICRO_FEE_CONCESSIONS', 'smallMicroFeeConcessions'],
    ['ART5_4_DEVELOPMENT_PLAN', 'developmentPlan'],
    ['ART5_5_PRINCIPAL_INTEGRITY', 'principalIntegrity'],
  ] as const)('%s fails when %s is not attested', (code, field) => {
    for (const value of [false, undefined, null]) {
      const facts = { ...base, [field]: value };
      const result = checkEligibility(facts);
      expect(result.checks.filter((c) => !c.passed).map((c) => c.code)).toEqual([code]);
      expect(check(facts, code)).toMatchObject({ kind: 'ATTESTED', status: 'NOT_ATTESTED', passed: false });
      expect(result.eligible).toBe(false);
    }
  });

  it('accepts every organisation kind of Art. 5(1) and rejects anything else', () => {
    for (const kind of [
      'SME_SERVICE_INSTITUTION',
      'SOCIAL_INTERMEDIARY',
      'TECH_SERVICE_INSTITUTION',
      'RESEARCH_INSTITUTE',
      'INTERNET_ENTERPRISE',
    ] as const) {
      expect(check({ ...base, organisationKind: kind }, 'ART5_1_ORGANISATION_KIND').passed).toBe(true);
    }
    const bogus = { ...base, organisationKind: 'BANK' as unknown as EligibilityFacts['organisationKind'] };
    expect(check(bogus, 'ART5_1_ORGANISATION_KIND').passed).toBe(false);
  });

  it('counts two full years from the founding date, the anniversary included', () => {
    expect(
      check({ ...base, foundedOn: '2024-03-01', submittedOn: '2026-03-01' }, 'ART5_1_OPERATING_YEARS').passed,
    ).toBe(true);
    expect(
      check({ ...base, foundedOn: '2024-03-01', submittedOn: '2026-02-28' }, 'ART5_1_OPERATING_YEARS').passed,
    ).toBe(false);
    expect(
      check({ ...base, foundedOn: '2023-12-31', submittedOn: '2025-12-31' }, 'ART5_1_OPERATING_YEARS').passed,
    ).toBe(true);
    expect(
      check({ ...base, foundedOn: '2024-01-01', submittedOn: '2025-12-31' }, 'ART5_1_OPERATING_YEARS').passed,
    ).toBe(false);
  });

  it('lets an organisation founded on 29 February submit from 1 March two years on (decision)', () => {
    expect(
      check({ ...base, foundedOn: '2024-02-29', submittedOn: '2026-02-28' }, 'ART5_1_OPERATING_YEARS').passed,
    ).toBe(false);
    expect(
      check({ ...base, foundedOn: '2024-02-29', submittedOn: '2026-03-01' }, 'ART5_1_OPERATING_YEARS').passed,
    ).toBe(true);
    // Leap year to leap year needs no adjustment.
    expect(
      check({ ...base, foundedOn: '2026-02-28', submittedOn: '2028-02-28' }, 'ART5_1_OPERATING_YEARS').passed,
    ).toBe(true);
  });

  it('fails rather than throws on a missing founding date, saying what is missing', () => {
    const c = check({ ...base, foundedOn: '' }, 'ART5_1_OPERATING_YEARS');
    expect(c.passed).toBe(false);
    expect(c.message.zhCN).toContain('成立日期');
    expect(c.message.en).toContain('founding date');
  });

  it('fails the staff share when there are no staff at all, or more qualified than staff', () => {
    expect(check({ ...base, serviceStaff: 0, qualifiedStaff: 0 }, 'ART5_5_QUALIFIED_STAFF_SHARE').passed).toBe(false);
    expect(check({ ...base, serviceStaff: 20, qualifiedStaff: 21 }, 'ART5_5_QUALIFIED_STAFF_SHARE').passed).toBe(false);
    // 80% computed exactly: 4 of 5 people must not be lost to floating point.
    expect(check({ ...base, serviceStaff: 25, qualifiedStaff: 20 }, 'ART5_5_QUALIFIED_STAFF_SHARE').passed).toBe(true);
  });

  it('reports threshold and declared value as text, and names article and figures in both languages', () => {
    const c = check({ ...base, totalAssetsYuan: 2_500_000 }, 'ART5_1_TOTAL_ASSETS');
    expect(c.required).toBe('≥ 3,000,000 CNY');
    expect(c.actual).toBe('2,500,000 CNY');
    expect(c.message.zhCN).toContain('第五条第（一）项');
    expect(c.message.zhCN).toContain('资产总额不低于300万元；申报值：250万元，不符合');
    expect(c.message.zhCN).not.toContain('CNY');
    expect(c.requiredText).toEqual({ zhCN: '不少于300万元', en: '≥ 3,000,000 CNY' });
    expect(c.actualText).toEqual({ zhCN: '250万元', en: '2,500,000 CNY' });
    expect(c.message.en).toContain('Art. 5(1)');
    expect(c.message.en).toContain('3,000,000');
    expect(c.message.en).toContain('not met');
  });

  it('survives a half-filled form from the live pre-check: blanks fail, nothing throws', () => {
    const blank = {
      ...base,
      totalAssetsYuan: Number.NaN,
      serviceStaff: null,
      smesServedYearBefore: undefined,
      functions: undefined,
    } as unknown as EligibilityFacts;
    const result = checkEligibility(blank);
    expect(result.eligible).toBe(false);
    const failing = result.checks.filter((c) => !c.passed).map((c) => c.code);
    expect(failing).toEqual([
      'ART5_1_TOTAL_ASSETS',
      'ART5_2_STEADY_GROWTH',
      'ART5_5_SERVICE_STAFF',
      'ART5_5_QUALIFIED_STAFF_SHARE',
      'ART6_NO_QUALIFYING_FUNCTION',
    ]);
    expect(result.checks.find((c) => c.code === 'ART5_2_STEADY_GROWTH')?.message.en).toContain(
      'enterprises served in year N-2',
    );
  });

  it('exports the thresholds the checks apply', () => {
    expect(T.totalAssetsYuan).toBe(3_000_000);
    expect(T.financing.newGuaranteesYuan).toBe(3_000_000_000);
  });
});

describe('checkEligibility — Art. 6', () => {
  const withFunctions = (...functions: FunctionFacts[]): EligibilityFacts => ({ ...base, functions });

  it('qualifies each function whose figures sit exactly at the thresholds', () => {
    const result = checkEligibility(withFunctions(INFORMATION, TECHNOLOGY, STARTUP, TRAINING, FINANCING_A));
    expect(result.qualifiedFunctions).toEqual(['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING']);
    expect(result.eligible).toBe(true);
  });

  it.each([
    [INFORMATION, 'ART6_1_OFFLINE_ENTERPRISES_SERVED', { offlineEnterprisesServed: 149 }],
    [INFORMATION, 'ART6_1_ACTIVITIES', { activitiesPerYear: 7 }],
    [INFORMATION, 'ART6_1_ONLINE_SERVICE_SYSTEM', { onlineServiceSystem: false }],
    [TECHNOLOGY, 'ART6_2_ORGANISES_RESOURCES', { organisesResources: false }],
    [TECHNOLOGY, 'ART6_2_ORGANISES_RESOURCES', { organisesResources: undefined }],
    [TECHNOLOGY, 'ART6_2_EXPERT_DATABASE', { expertDatabase: false }],
    [TECHNOLOGY, 'ART6_2_PROJECT_DATABASE', { projectDatabase: false }],
    [TECHNOLOGY, 'ART6_2_ACTIVITIES', { activitiesPerYear: 4 }],
    [STARTUP, 'ART6_3_STRONG_COACHING', { strongCoaching: false }],
    [STARTUP, 'ART6_3_STRONG_COACHING', { strongCoaching: undefined }],
    [STARTUP, 'ART6_3_PROJECT_DATABASE', { projectDatabase: false }],
    [STARTUP, 'ART6_3_STARTUP_GUIDE', { startupGuide: false }],
    [STARTUP, 'ART6_3_SERVICE_HOTLINE', { serviceHotline: false }],
    [STARTUP, 'ART6_3_GOVERNMENT_AGENCY_SERVICE', { governmentAgencyService: false }],
    [STARTUP, 'ART6_3_ACTIVITIES', { activitiesPerYear: 7 }],
    [TRAINING, 'ART6_4_TRAINING_QUALIFICATION', { trainingQualification: false }],
    [TRAINING, 'ART6_4_ONLINE_AND_OFFLINE_TRAINING', { onlineAndOfflineTraining: false }],
    [TRAINING, 'ART6_4_TRAINING_EVALUATION', { trainingEvaluation: false }],
    [TRAINING, 'ART6_4_TRAINEES', { traineesPerYear: 1999 }],
    [FINANCING_A, 'ART6_5_FINANCING', { activitiesPerYear: 9 }],
    [FINANCING_A, 'ART6_5_FINANCING', { financingFacilitatedYuan: 799_999_999 }],
  ] as const)('%o: %s fails just below / when not attested', (declared, code, patch) => {
    const facts = withFunctions({ ...declared, ...patch });
    const result = checkEligibility(facts);
    const failing = result.checks.filter((c) => !c.passed).map((c) => c.code);
    expect(failing).toEqual([code, 'ART6_NO_QUALIFYING_FUNCTION']);
    expect(result.qualifiedFunctions).toEqual([]);
    expect(result.eligible).toBe(false);
    const failed = result.checks.find((c) => c.code === code);
    expect(failed?.function).toBe(declared.function);
  });

  it('accepts the guarantee branch of Art. 6(5) at exactly 3,000,000,000 CNY and reports both branches', () => {
    const guarantor: FunctionFacts = {
      function: 'FINANCING',
      guaranteeInstitution: true,
      newGuaranteesYuan: 3_000_000_000,
    };
    const ok = check(withFunctions(guarantor), 'ART6_5_FINANCING');
    expect(ok.passed).toBe(true);
    expect(ok.actual).toContain('activities —');
    expect(ok.actual).toContain('3,000,000,000 CNY');
    expect(check(withFunctions({ ...guarantor, newGuaranteesYuan: 2_999_999_999 }), 'ART6_5_FINANCING').passed).toBe(
      false,
    );
    expect(check(withFunctions({ ...guarantor, guaranteeInstitution: false }), 'ART6_5_FINANCING').passed).toBe(false);
    // The guarantee figure alone does not qualify a non-guarantor.
    expect(
      check(
        withFunctions({ ...FINANCING_A, activitiesPerYear: 9, guaranteeInstitution: false, newGuaranteesYuan: 5e9 }),
        'ART6_5_FINANCING',
      ).passed,
    ).toBe(false);
  });

  it('fails a declared function with a missing figure and names the figure in both languages', () => {
    const c = check(
      withFunctions({
        function: 'TRAINING',
        trainingQualification: true,
        onlineAndOfflineTraining: true,
        trainingEvaluation: true,
      }),
      'ART6_4_TRAINEES',
    );
    expect(c.passed).toBe(false);
    expect(c.actual).toBeNull();
    expect(c.message.zhCN).toContain('未填报：年培训人次');
    expect(c.message.en).toContain('missing figure: trainee-times per year');
    // An absent attestation is not given (CONTRACT, "Eligibility input").
    const att = check(withFunctions({ ...TECHNOLOGY, expertDatabase: null }), 'ART6_2_EXPERT_DATABASE');
    expect(att.passed).toBe(false);
    expect(att.status).toBe('NOT_ATTESTED');
    expect(att.message.en).toContain('not attested');
    expect(att.message.zhCN).toContain('未声明');
    const fin = check(withFunctions({ function: 'FINANCING' }), 'ART6_5_FINANCING');
    expect(fin.passed).toBe(false);
    expect(fin.message.en).toContain('financing activities per year');
    expect(fin.message.en).toContain('guarantee institution');
  });

  it('lists only declared functions that qualify, whatever Art. 5 says', () => {
    const result = checkEligibility({
      ...withFunctions({ ...TECHNOLOGY, activitiesPerYear: 1 }, TRAINING),
      totalAssetsYuan: 1,
    });
    expect(result.qualifiedFunctions).toEqual(['TRAINING']);
    expect(result.eligible).toBe(false);
    expect(check({ ...base, functions: [TRAINING] }, 'ART6_NO_QUALIFYING_FUNCTION').passed).toBe(true);
  });

  it('fails the Art. 6 check when nothing is declared', () => {
    const result = checkEligibility(withFunctions());
    const c = result.checks.find((x) => x.code === 'ART6_NO_QUALIFYING_FUNCTION');
    expect(c).toMatchObject({ article: 'Art. 6', function: null, passed: false });
    expect(c?.message.zhCN).toContain('第六条');
    expect(result.eligible).toBe(false);
  });

  it('checks a function declared twice only once, and never mutates its input', () => {
    const facts = withFunctions(INFORMATION, { ...INFORMATION, activitiesPerYear: 0 });
    const frozen = JSON.stringify(facts);
    const result = checkEligibility(facts);
    expect(result.checks.filter((c) => c.code === 'ART6_1_ACTIVITIES')).toHaveLength(1);
    expect(JSON.stringify(facts)).toBe(frozen);
  });
});

describe('checkEligibility — attested and measured conditions (docs/measures.md, "Qualitative conditions")', () => {
  const all = checkEligibility({
    ...base,
    functions: [INFORMATION, TECHNOLOGY, STARTUP, TRAINING, FINANCING_A],
  }).checks;
  const byCode = (code: string): EligibilityCheck => {
    const found = all.find((c) => c.code === code);
    if (!found) throw new Error(`no check ${code}`);
    return found;
  };

  it('marks every qualitative condition as attested and every figure as measured', () => {
    const attestedCodes = all.filter((c) => c.kind === 'ATTESTED').map((c) => c.code);
    expect(attestedCodes).toEqual([
      'ART5_1_INDEPENDENT_LEGAL_PERSON',
      'ART5_1_SOUND_FINANCES',
      'ART5_1_SOUND_OPERATION',
      'ART5_2_REPUTATION',
      'ART5_3_FIXED_PREMISES',
      'ART5_3_ORGANISING_ABILITY',
      'ART5_4_MANAGEMENT_RULES',
      'ART5_4_QUALITY_ASSURANCE',
      'ART5_4_REASONABLE_FEES',
      'ART5_4_SMALL_MICRO_FEE_CONCESSIONS',
      'ART5_4_DEVELOPMENT_PLAN',
      'ART5_5_SOUND_MANAGEMENT_TEAM',
      'ART5_5_PRINCIPAL_INTEGRITY',
      'ART6_1_ONLINE_SERVICE_SYSTEM',
      'ART6_2_ORGANISES_RESOURCES',
      'ART6_2_EXPERT_DATABASE',
      'ART6_2_PROJECT_DATABASE',
      'ART6_3_STRONG_COACHING',
      'ART6_3_PROJECT_DATABASE',
      'ART6_3_STARTUP_GUIDE',
      'ART6_3_SERVICE_HOTLINE',
      'ART6_3_GOVERNMENT_AGENCY_SERVICE',
      'ART6_4_TRAINING_QUALIFICATION',
      'ART6_4_ONLINE_AND_OFFLINE_TRAINING',
      'ART6_4_TRAINING_EVALUATION',
    ]);
    for (const code of [
      'ART5_1_TOTAL_ASSETS',
      'ART5_1_OPERATING_YEARS',
      'ART5_5_QUALIFIED_STAFF_SHARE',
      'ART6_5_FINANCING',
      'ART6_NO_QUALIFYING_FUNCTION',
    ]) {
      expect(byCode(code).kind).toBe('MEASURED');
    }
  });

  it('shows a given attestation as attested and to be verified in review, never as passed or met', () => {
    for (const c of all.filter((x) => x.kind === 'ATTESTED')) {
      expect(c.status).toBe('ATTESTED');
      expect(c.message.zhCN).toContain('已声明，待评审核实');
      expect(c.message.zhCN).not.toMatch(/(^|[^不])符合/);
      expect(c.message.en).toContain('attested, to be verified in review');
      expect(c.message.en).not.toMatch(/\bmet\b/);
      expect(c.actualText?.zhCN).toBe('已声明，待评审核实');
    }
    for (const c of all.filter((x) => x.kind === 'MEASURED')) expect(c.status).toBe('PASSED');
  });

  it('treats the attestations the contract added as absent when left out, so an older client is not eligible', () => {
    const {
      soundOperation,
      reputation,
      organisesServiceResources,
      reasonableFees,
      qualityAssurance,
      soundManagementTeam,
      ...older
    } = base;
    void [soundOperation, reputation, organisesServiceResources, reasonableFees, qualityAssurance, soundManagementTeam];
    const result = checkEligibility(older);
    expect(result.eligible).toBe(false);
    expect(result.checks.filter((c) => c.status === 'NOT_ATTESTED').map((c) => c.article)).toEqual([
      'Art. 5(1)',
      'Art. 5(2)',
      'Art. 5(3)',
      'Art. 5(4)',
      'Art. 5(4)',
      'Art. 5(5)',
    ]);
  });

  it('qualifies TECHNOLOGY only when its ability to organise technical resources is attested (Art. 6(2))', () => {
    const without = checkEligibility({ ...base, functions: [{ ...TECHNOLOGY, organisesResources: undefined }] });
    expect(without.qualifiedFunctions).toEqual([]);
    expect(without.eligible).toBe(false);
    expect(checkEligibility({ ...base, functions: [TECHNOLOGY] }).qualifiedFunctions).toEqual(['TECHNOLOGY']);
  });

  it("states Art. 5(5) in the measures' words, then the software's reading separately", () => {
    const c = byCode('ART5_5_QUALIFIED_STAFF_SHARE');
    expect(c.message.zhCN).toContain(
      '第五条第（五）项：其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上。本系统的理解：',
    );
    expect(c.condition?.zhCN).toBe('其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上');
    expect(c.reading?.zhCN).toContain('两者有其一即计为专业人员');
    const reading = c.message.zhCN.indexOf('本系统的理解：');
    expect(reading).toBeGreaterThan(c.message.zhCN.indexOf('比例占80%以上'));
    expect(c.message.zhCN.slice(reading)).toContain('或');
    expect(c.message.zhCN).toContain('服务人员20人，其中专业人员16人，占80%');
    expect(c.message.en).toContain('The software reads this as');
  });

  it('writes Chinese figures in Chinese: 万元/亿元, 是/否 and 年月日 dates', () => {
    const assets = check({ ...base, totalAssetsYuan: 2_999_999.99 }, 'ART5_1_TOTAL_ASSETS');
    expect(assets.message.zhCN).toContain('申报值：299.999999万元');
    const years = check({ ...base, foundedOn: '2024-11-26', submittedOn: '2026-11-25' }, 'ART5_1_OPERATING_YEARS');
    expect(years.message.zhCN).toContain('成立于2024年11月26日，申报日期为2026年11月25日');
    expect(years.requiredText?.zhCN).toContain('2026年11月26日起');
    const guarantor = check(
      { ...base, functions: [{ function: 'FINANCING', guaranteeInstitution: true, newGuaranteesYuan: 3_000_000_000 }] },
      'ART6_5_FINANCING',
    );
    expect(guarantor.message.zhCN).toContain('融资总额8亿元以上');
    expect(guarantor.message.zhCN).toContain('融资担保机构：是（已声明，待评审核实），年新增担保额30亿元');
    expect(guarantor.message.zhCN).toContain('符合（融资担保机构身份待评审核实）');
    const fin = check({ ...base, functions: [{ ...FINANCING_A, guaranteeInstitution: false }] }, 'ART6_5_FINANCING');
    expect(fin.message.zhCN).toContain('服务活动10次，融资总额8亿元；融资担保机构：否');
  });
});

describe('checkEligibility — properties', () => {
  it('eligible ⇔ every measured Art. 5 condition holds, every Art. 5 attestation is given and one declared function meets Art. 6 in full', () => {
    fc.assert(
      fc.property(eligibilityFactsArbitrary, (facts) => {
        const result = checkEligibility(facts);
        const art5 = result.checks.filter((c) => c.article.startsWith('Art. 5'));
        const art5Holds = art5.every((c) => (c.kind === 'MEASURED' ? c.status === 'PASSED' : c.status === 'ATTESTED'));
        const fnHolds = result.qualifiedFunctions.every((f) =>
          result.checks.filter((c) => c.function === f).every((c) => c.status === 'PASSED' || c.status === 'ATTESTED'),
        );
        expect(fnHolds).toBe(true);
        expect(result.eligible).toBe(art5Holds && result.qualifiedFunctions.length > 0);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps kind, status and passed coherent on every check', () => {
    fc.assert(
      fc.property(eligibilityFactsArbitrary, (facts) => {
        for (const c of checkEligibility(facts).checks) {
          expect(c.kind === 'ATTESTED').toBe(c.status === 'ATTESTED' || c.status === 'NOT_ATTESTED');
          expect(c.passed).toBe(c.status === 'PASSED' || c.status === 'ATTESTED');
          if (c.status === 'ATTESTED') expect(c.message.en).toContain('to be verified in review');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never lets an attestation change a measured verdict, nor a figure an attestation', () => {
    fc.assert(
      fc.property(eligibilityFactsArbitrary, fc.boolean(), (facts, flip) => {
        const before = checkEligibility(facts).checks;
        const after = checkEligibility({
          ...facts,
          soundOperation: flip,
          totalAssetsYuan: facts.totalAssetsYuan + 1,
        }).checks;
        const measuredOf = (cs: EligibilityCheck[]) =>
          cs.filter((c) => c.kind === 'MEASURED' && c.code !== 'ART5_1_TOTAL_ASSETS').map((c) => c.status);
        expect(measuredOf(after)).toEqual(measuredOf(before));
        const attestedOf = (cs: EligibilityCheck[]) =>
          cs.filter((c) => c.kind === 'ATTESTED' && c.code !== 'ART5_1_SOUND_OPERATION').map((c) => c.status);
        expect(attestedOf(after)).toEqual(attestedOf(before));
      }),
      { numRuns: 100 },
    );
  });
});

describe("checkEligibility — the measures' words", () => {
  const everyFunction = checkEligibility({
    ...base,
    functions: [INFORMATION, TECHNOLOGY, STARTUP, TRAINING, FINANCING_A],
  }).checks;
  const nothingDeclared = checkEligibility({ ...base, functions: [] }).checks;

  it('quotes every condition, measured or attested, verbatim from its article (…… marks words left out)', () => {
    expect(everyFunction.length).toBeGreaterThan(40);
    for (const c of [...everyFunction, ...nothingDeclared]) {
      const text = measuresTextOf(c.article);
      expect(text, `${c.code}: the measures' text of ${c.article}`).not.toBeNull();
      expect(c.condition, c.code).toBeDefined();
      expect(
        quotesVerbatim(c.condition?.zhCN ?? '', text ?? ''),
        `${c.code} quotes "${c.condition?.zhCN}" from ${c.article}`,
      ).toBe(true);
      // the message opens with the article and the quotation; a reading follows as such, never instead
      expect(c.message.zhCN.includes(c.condition?.zhCN ?? '\u0000'), c.code).toBe(true);
      if (c.reading)
        expect(c.message.zhCN.indexOf('本系统的理解：')).toBeGreaterThan(
          c.message.zhCN.indexOf(c.condition?.zhCN ?? ''),
        );
    }
  });

  it('cites numbered items as 项 and never paraphrases the conditions the measures word otherwise', () => {
    const zh = everyFunction.map((c) => c.message.zhCN).join('\n');
    expect(zh).toContain('第五条第（三）项：有组织带动社会服务资源的能力');
    expect(zh).toContain('第六条第（四）项：具有培训资质或在中小企业主管部门备案');
    expect(zh).not.toContain('款');
    for (const wrong of [
      '聚集',
      '无不良记录',
      '培训效果评估',
      '服务对象满意度',
      '免费或低收费',
      '创业指导',
      '行业或区域内',
    ])
      expect(zh).not.toContain(wrong);
  });

  it("shows the software's readings (operating years, steady growth, the staff share) after the measures' words", () => {
    const years = check(base, 'ART5_1_OPERATING_YEARS');
    expect(years.message.zhCN).toMatch(/^第五条第（一）项：运营两年以上。本系统的理解：申报日成立满两周年。/);
    const growth = check(base, 'ART5_2_STEADY_GROWTH');
    expect(growth.message.zhCN).toMatch(
      /^第五条第（二）项：近两年服务企业数量稳步增长。本系统的理解：上一年度服务企业数量多于前一年度。/,
    );
    expect(check(base, 'ART5_1_TOTAL_ASSETS').reading).toBeNull();
  });
});
