import { anniversary, compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { groupThousands, type Message } from '../shared/message';
import {
  ORGANISATION_KIND_NAMES,
  ORGANISATION_KINDS,
  SERVICE_FUNCTION_ARTICLES,
  SERVICE_FUNCTION_NAMES,
  type OrganisationKind,
  type ServiceFunction,
} from './service-function';
import { ELIGIBILITY_THRESHOLDS as T } from './thresholds';

/**
 * Per-function figures and attestations for Art. 6. Everything is optional because an
 * applicant only fills in the part for the functions it declares, and the live pre-check runs
 * on half-filled forms: a missing figure fails its check with a message naming the figure.
 */
export type FunctionFacts = {
  function: ServiceFunction;
  activitiesPerYear?: number | null;
  offlineEnterprisesServed?: number | null;
  onlineServiceSystem?: boolean | null;
  expertDatabase?: boolean | null;
  projectDatabase?: boolean | null;
  startupGuide?: boolean | null;
  serviceHotline?: boolean | null;
  governmentAgencyService?: boolean | null;
  trainingQualification?: boolean | null;
  onlineAndOfflineTraining?: boolean | null;
  trainingEvaluation?: boolean | null;
  traineesPerYear?: number | null;
  financingFacilitatedYuan?: number | null;
  guaranteeInstitution?: boolean | null;
  newGuaranteesYuan?: number | null;
};

/** The facts an application declares (RULES.md, "Declared facts"); N-1 and N-2 are the two full years before the round. */
export type EligibilityFacts = {
  foundedOn: IsoDate;
  submittedOn: IsoDate;
  independentLegalPerson: boolean;
  soundFinances: boolean;
  fixedPremises: boolean;
  managementRules: boolean;
  smallMicroFeeConcessions: boolean;
  developmentPlan: boolean;
  principalIntegrity: boolean;
  organisationKind: OrganisationKind;
  totalAssetsYuan: number;
  satisfactionPercent: number;
  freeOrLowFeeSharePercent: number;
  smesServedLastYear: number;
  smesServedYearBefore: number;
  aggregatedInstitutions: number;
  serviceStaff: number;
  qualifiedStaff: number;
  functions: FunctionFacts[];
};

export type EligibilityCheck = {
  /** Stable identifier, e.g. `ART5_1_OPERATING_YEARS`; UIs key translations and help on it. */
  code: string;
  article: string;
  function: ServiceFunction | null;
  passed: boolean;
  required: string | null;
  actual: string | null;
  message: Message;
};

export type EligibilityResult = {
  eligible: boolean;
  qualifiedFunctions: ServiceFunction[];
  checks: EligibilityCheck[];
};

type Paragraph = { article: string; zhCN: string };
const ART5: Record<1 | 2 | 3 | 4 | 5, Paragraph> = {
  1: { article: 'Art. 5(1)', zhCN: '第五条第（一）款' },
  2: { article: 'Art. 5(2)', zhCN: '第五条第（二）款' },
  3: { article: 'Art. 5(3)', zhCN: '第五条第（三）款' },
  4: { article: 'Art. 5(4)', zhCN: '第五条第（四）款' },
  5: { article: 'Art. 5(5)', zhCN: '第五条第（五）款' },
};

/** A condition's wording in both languages. */
type Condition = { zhCN: string; en: string };

type CheckInput = {
  code: string;
  paragraph: Paragraph;
  fn: ServiceFunction | null;
  condition: Condition;
  passed: boolean;
  required: string | null;
  actual: string | null;
  /** Set when the figure was not declared, so the message can say which one is missing. */
  missing?: Condition[];
};

function makeCheck(input: CheckInput): EligibilityCheck {
  const { paragraph, condition, passed, actual, missing } = input;
  const zhHead = `${paragraph.zhCN}：${condition.zhCN}`;
  const enHead = `${paragraph.article}: ${condition.en}`;
  let message: Message;
  if (missing && missing.length > 0) {
    message = {
      zhCN: `${zhHead}；未填报：${missing.map((m) => m.zhCN).join('、')}，不符合。`,
      en: `${enHead}; missing figure: ${missing.map((m) => m.en).join(', ')} — not met.`,
    };
  } else {
    const zhActual = actual === null ? '' : `；申报值：${actual}`;
    const enActual = actual === null ? '' : `; declared: ${actual}`;
    message = {
      zhCN: `${zhHead}${zhActual}，${passed ? '符合' : '不符合'}。`,
      en: `${enHead}${enActual} — ${passed ? 'met' : 'not met'}.`,
    };
  }
  return {
    code: input.code,
    article: paragraph.article,
    function: input.fn,
    passed,
    required: input.required,
    actual,
    message,
  };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const yuan = (n: number): string => `${groupThousands(n)} CNY`;
const percent = (n: number): string => `${groupThousands(n)}%`;
const count = (n: number): string => groupThousands(n);
const yesNo = (b: boolean | null | undefined): string => (b === true ? 'yes' : b === false ? 'no' : '—');

/** A yes/no attestation (有/无). Missing counts as not attested but is reported as missing. */
function attestation(
  code: string,
  paragraph: Paragraph,
  fn: ServiceFunction | null,
  condition: Condition,
  value: boolean | null | undefined,
): EligibilityCheck {
  const missing = value === null || value === undefined;
  return makeCheck({
    code,
    paragraph,
    fn,
    condition,
    passed: value === true,
    required: 'yes',
    actual: missing ? null : yesNo(value),
    ...(missing ? { missing: [condition] } : {}),
  });
}

/** A figure that must reach `threshold` (inclusive). */
function atLeast(
  code: string,
  paragraph: Paragraph,
  fn: ServiceFunction | null,
  condition: Condition,
  figure: Condition,
  value: number | null | undefined,
  threshold: number,
  show: (n: number) => string,
): EligibilityCheck {
  if (!isFiniteNumber(value)) {
    return makeCheck({ code, paragraph, fn, condition, passed: false, required: `≥ ${show(threshold)}`, actual: null, missing: [figure] });
  }
  return makeCheck({
    code,
    paragraph,
    fn,
    condition,
    passed: value >= threshold,
    required: `≥ ${show(threshold)}`,
    actual: show(value),
  });
}

function art5Checks(f: EligibilityFacts): EligibilityCheck[] {
  const p = ART5;
  const checks: EligibilityCheck[] = [];

  checks.push(
    attestation('ART5_1_INDEPENDENT_LEGAL_PERSON', p[1], null, { zhCN: '具有独立法人资格', en: 'independent legal person' }, f.independentLegalPerson),
  );
  checks.push(operatingYearsCheck(f.foundedOn, f.submittedOn));
  checks.push(
    atLeast(
      'ART5_1_TOTAL_ASSETS',
      p[1],
      null,
      { zhCN: '资产总额不低于300万元', en: `total assets ≥ ${yuan(T.totalAssetsYuan)}` },
      { zhCN: '资产总额', en: 'total assets' },
      f.totalAssetsYuan,
      T.totalAssetsYuan,
      yuan,
    ),
  );
  checks.push(attestation('ART5_1_SOUND_FINANCES', p[1], null, { zhCN: '财务收支状况良好', en: 'sound finances' }, f.soundFinances));
  const kindKnown = (ORGANISATION_KINDS as readonly string[]).includes(f.organisationKind);
  checks.push(
    makeCheck({
      code: 'ART5_1_ORGANISATION_KIND',
      paragraph: p[1],
      fn: null,
      condition: {
        zhCN: '属于中小企业服务机构、社会中介机构、技术服务机构、科研院所或基于互联网面向中小企业提供创业创新服务的企业',
        en: 'one of the kinds: SME service institution, social intermediary, technology service institution, research institute, internet-based enterprise',
      },
      passed: kindKnown,
      required: ORGANISATION_KINDS.join(' | '),
      actual: kindKnown ? ORGANISATION_KIND_NAMES[f.organisationKind].en : (f.organisationKind ?? null),
    }),
  );

  checks.push(
    atLeast(
      'ART5_2_SMES_SERVED',
      p[2],
      null,
      { zhCN: '年服务中小企业150家以上（上一年度）', en: `≥ ${T.smesServedPerYear} SMEs served per year (year N-1)` },
      { zhCN: '上一年度服务中小企业数量', en: 'SMEs served in year N-1' },
      f.smesServedLastYear,
      T.smesServedPerYear,
      count,
    ),
  );
  checks.push(
    atLeast(
      'ART5_2_SATISFACTION',
      p[2],
      null,
      { zhCN: '用户满意度在80%以上', en: `user satisfaction ≥ ${T.satisfactionPercent}%` },
      { zhCN: '用户满意度', en: 'user satisfaction' },
      f.satisfactionPercent,
      T.satisfactionPercent,
      percent,
    ),
  );
  checks.push(steadyGrowthCheck(f.smesServedLastYear, f.smesServedYearBefore));

  checks.push(attestation('ART5_3_FIXED_PREMISES', p[3], null, { zhCN: '有固定的经营服务场所和必要的服务设施', en: 'fixed premises and the needed facilities' }, f.fixedPremises));
  checks.push(
    atLeast(
      'ART5_3_AGGREGATED_INSTITUTIONS',
      p[3],
      null,
      { zhCN: '集聚服务机构5家以上', en: `≥ ${T.aggregatedInstitutions} service institutions aggregated` },
      { zhCN: '集聚服务机构数量', en: 'aggregated service institutions' },
      f.aggregatedInstitutions,
      T.aggregatedInstitutions,
      count,
    ),
  );

  checks.push(
    attestation('ART5_4_MANAGEMENT_RULES', p[4], null, { zhCN: '有健全的管理制度、规范的服务流程和服务质量保证措施', en: 'sound management rules, service processes and quality assurance' }, f.managementRules),
  );
  checks.push(
    attestation('ART5_4_SMALL_MICRO_FEE_CONCESSIONS', p[4], null, { zhCN: '对小型微型企业的服务收费有优惠规定', en: 'fee concessions for small and micro enterprises' }, f.smallMicroFeeConcessions),
  );
  checks.push(
    atLeast(
      'ART5_4_FREE_OR_LOW_FEE_SHARE',
      p[4],
      null,
      { zhCN: '公益性服务或低收费服务不少于总服务量的20%', en: `free or low-fee services ≥ ${T.freeOrLowFeeSharePercent}% of total service volume` },
      { zhCN: '公益性或低收费服务占比', en: 'free or low-fee share' },
      f.freeOrLowFeeSharePercent,
      T.freeOrLowFeeSharePercent,
      percent,
    ),
  );
  checks.push(attestation('ART5_4_DEVELOPMENT_PLAN', p[4], null, { zhCN: '有明确的发展规划和年度服务目标', en: 'a clear development plan and annual service targets' }, f.developmentPlan));

  checks.push(attestation('ART5_5_PRINCIPAL_INTEGRITY', p[5], null, { zhCN: '主要负责人诚信、守法', en: 'principal of integrity and law-abiding' }, f.principalIntegrity));
  checks.push(
    atLeast(
      'ART5_5_SERVICE_STAFF',
      p[5],
      null,
      { zhCN: '从事为中小企业服务的人员不少于20人', en: `≥ ${T.serviceStaff} staff serving SMEs` },
      { zhCN: '服务人员数量', en: 'service staff' },
      f.serviceStaff,
      T.serviceStaff,
      count,
    ),
  );
  checks.push(qualifiedShareCheck(f.serviceStaff, f.qualifiedStaff));
  return checks;
}

/**
 * "Operating ≥ 2 years" (运营两年以上): the second anniversary of the founding date has been
 * reached on the submission date. A 29 February founding reaches it on 1 March (see
 * `anniversary`), so founded 2024-02-29 may submit from 2026-03-01.
 */
function operatingYearsCheck(foundedOn: IsoDate, submittedOn: IsoDate): EligibilityCheck {
  const condition = { zhCN: '运营两年以上（成立满两周年）', en: `operating for ≥ ${T.operatingYears} full years before submission` };
  const base = { code: 'ART5_1_OPERATING_YEARS', paragraph: ART5[1], fn: null, condition };
  const validFounded = typeof foundedOn === 'string' && isIsoDate(foundedOn);
  const validSubmitted = typeof submittedOn === 'string' && isIsoDate(submittedOn);
  if (!validFounded || !validSubmitted) {
    const missing = [
      ...(validFounded ? [] : [{ zhCN: '成立日期', en: 'founding date' }]),
      ...(validSubmitted ? [] : [{ zhCN: '申报日期', en: 'submission date' }]),
    ];
    return makeCheck({ ...base, passed: false, required: `≥ ${T.operatingYears} years`, actual: null, missing });
  }
  const qualifiesOn = anniversary(foundedOn, T.operatingYears);
  return makeCheck({
    ...base,
    passed: compareIsoDates(submittedOn, qualifiesOn) >= 0,
    required: `founded on or before the day two years before submission (eligible from ${qualifiesOn})`,
    actual: `founded ${foundedOn}, submitted ${submittedOn}`,
  });
}

/** "Grew steadily over the last two years" (近两年服务企业数量稳步增长): N-1 strictly above N-2. */
function steadyGrowthCheck(lastYear: number, yearBefore: number): EligibilityCheck {
  const condition = { zhCN: '近两年服务企业数量稳步增长（上一年度多于前一年度）', en: 'enterprises served grew steadily (year N-1 > year N-2)' };
  const base = { code: 'ART5_2_STEADY_GROWTH', paragraph: ART5[2], fn: null, condition };
  if (!isFiniteNumber(lastYear) || !isFiniteNumber(yearBefore)) {
    const missing = [
      ...(isFiniteNumber(lastYear) ? [] : [{ zhCN: '上一年度服务企业数量', en: 'enterprises served in year N-1' }]),
      ...(isFiniteNumber(yearBefore) ? [] : [{ zhCN: '前一年度服务企业数量', en: 'enterprises served in year N-2' }]),
    ];
    return makeCheck({ ...base, passed: false, required: 'N-1 > N-2', actual: null, missing });
  }
  return makeCheck({
    ...base,
    passed: lastYear > yearBefore,
    required: `N-1 > N-2 (> ${count(yearBefore)})`,
    actual: `N-1 ${count(lastYear)}, N-2 ${count(yearBefore)}`,
  });
}

/**
 * Qualified staff share ≥ 80%, compared in integers (q × 100 ≥ 80 × s) so 16 of 20 is exactly
 * 80% without floating-point doubt. No staff fails (the share is undefined, and Art. 5(5)
 * fails anyway); more qualified staff than staff is inconsistent data and fails.
 */
function qualifiedShareCheck(serviceStaff: number, qualifiedStaff: number): EligibilityCheck {
  const condition = {
    zhCN: '大专及以上学历或中级及以上职称人员比例占80%以上',
    en: `≥ ${T.qualifiedStaffSharePercent}% of staff with a college degree or mid-level title`,
  };
  const base = { code: 'ART5_5_QUALIFIED_STAFF_SHARE', paragraph: ART5[5], fn: null, condition };
  const required = `≥ ${T.qualifiedStaffSharePercent}%`;
  if (!isFiniteNumber(serviceStaff) || !isFiniteNumber(qualifiedStaff)) {
    const missing = [
      ...(isFiniteNumber(serviceStaff) ? [] : [{ zhCN: '服务人员数量', en: 'service staff' }]),
      ...(isFiniteNumber(qualifiedStaff) ? [] : [{ zhCN: '符合学历或职称条件的人员数量', en: 'qualified staff' }]),
    ];
    return makeCheck({ ...base, passed: false, required, actual: null, missing });
  }
  const consistent = serviceStaff > 0 && qualifiedStaff >= 0 && qualifiedStaff <= serviceStaff;
  const share = serviceStaff > 0 ? Math.round((qualifiedStaff / serviceStaff) * 10_000) / 100 : 0;
  return makeCheck({
    ...base,
    passed: consistent && qualifiedStaff * 100 >= T.qualifiedStaffSharePercent * serviceStaff,
    required,
    actual: `${count(qualifiedStaff)} / ${count(serviceStaff)} = ${percent(share)}`,
  });
}

function functionChecks(facts: FunctionFacts): EligibilityCheck[] {
  const fn = facts.function;
  const p = SERVICE_FUNCTION_ARTICLES[fn];
  const activities = { zhCN: '年服务活动次数', en: 'activities per year' };
  switch (fn) {
    case 'INFORMATION':
      return [
        attestation('ART6_1_ONLINE_SERVICE_SYSTEM', p, fn, { zhCN: '有开放的信息服务系统，具备在线服务、线上线下联动功能', en: 'an open information service system with online service and online/offline linkage' }, facts.onlineServiceSystem),
        atLeast('ART6_1_OFFLINE_ENTERPRISES_SERVED', p, fn, { zhCN: '线下年服务企业数量150家以上', en: `offline ≥ ${T.information.offlineEnterprisesServed} enterprises served per year` }, { zhCN: '线下年服务企业数量', en: 'offline enterprises served per year' }, facts.offlineEnterprisesServed, T.information.offlineEnterprisesServed, count),
        atLeast('ART6_1_ACTIVITIES', p, fn, { zhCN: '年组织开展相关服务活动8次以上', en: `≥ ${T.information.activitiesPerYear} service activities per year` }, activities, facts.activitiesPerYear, T.information.activitiesPerYear, count),
      ];
    case 'TECHNOLOGY':
      return [
        attestation('ART6_2_EXPERT_DATABASE', p, fn, { zhCN: '具有专家库', en: 'an expert database' }, facts.expertDatabase),
        attestation('ART6_2_PROJECT_DATABASE', p, fn, { zhCN: '具有新产品、新技术项目库', en: 'a new-product/new-technology project database' }, facts.projectDatabase),
        atLeast('ART6_2_ACTIVITIES', p, fn, { zhCN: '年开展技术服务活动5次以上', en: `≥ ${T.technology.activitiesPerYear} technology service activities per year` }, activities, facts.activitiesPerYear, T.technology.activitiesPerYear, count),
      ];
    case 'STARTUP':
      return [
        attestation('ART6_3_PROJECT_DATABASE', p, fn, { zhCN: '建有创业项目库', en: 'a startup project database' }, facts.projectDatabase),
        attestation('ART6_3_STARTUP_GUIDE', p, fn, { zhCN: '建有《创业指南》', en: 'a Startup Guide' }, facts.startupGuide),
        attestation('ART6_3_SERVICE_HOTLINE', p, fn, { zhCN: '建有创业服务热线', en: 'a startup service hotline' }, facts.serviceHotline),
        attestation('ART6_3_GOVERNMENT_AGENCY_SERVICE', p, fn, { zhCN: '开展相关政务代理服务', en: 'government-affairs agency services' }, facts.governmentAgencyService),
        atLeast('ART6_3_ACTIVITIES', p, fn, { zhCN: '年开展创业项目洽谈、推介活动8次以上', en: `≥ ${T.startup.activitiesPerYear} startup matchmaking/promotion events per year` }, { zhCN: '年创业项目洽谈、推介活动次数', en: 'startup events per year' }, facts.activitiesPerYear, T.startup.activitiesPerYear, count),
      ];
    case 'TRAINING':
      return [
        attestation('ART6_4_TRAINING_QUALIFICATION', p, fn, { zhCN: '具有培训资质或在中小企业主管部门备案', en: 'a training qualification, or filed with the SME authority' }, facts.trainingQualification),
        attestation('ART6_4_ONLINE_AND_OFFLINE_TRAINING', p, fn, { zhCN: '具有线上和线下培训能力', en: 'online and offline training' }, facts.onlineAndOfflineTraining),
        attestation('ART6_4_TRAINING_EVALUATION', p, fn, { zhCN: '有完善的培训服务评价机制', en: 'a training evaluation mechanism' }, facts.trainingEvaluation),
        atLeast('ART6_4_TRAINEES', p, fn, { zhCN: '年培训2000人次以上', en: `≥ ${count(T.training.traineesPerYear)} trainee-times per year` }, { zhCN: '年培训人次', en: 'trainee-times per year' }, facts.traineesPerYear, T.training.traineesPerYear, count),
      ];
    case 'FINANCING':
      return [financingCheck(facts)];
  }
}

/**
 * Art. 6(5) is one requirement with two alternative branches, so it is one check whose
 * `actual` reports both branches' figures: (A) ≥ 10 activities AND ≥ 800,000,000 CNY
 * facilitated, or (B) a guarantee institution with ≥ 3,000,000,000 CNY of new guarantees.
 */
function financingCheck(facts: FunctionFacts): EligibilityCheck {
  const F = T.financing;
  const p = SERVICE_FUNCTION_ARTICLES.FINANCING;
  const { activitiesPerYear: acts, financingFacilitatedYuan: facilitated, guaranteeInstitution: guarantor, newGuaranteesYuan: guarantees } = facts;
  const branchA = isFiniteNumber(acts) && acts >= F.activitiesPerYear && isFiniteNumber(facilitated) && facilitated >= F.financingFacilitatedYuan;
  const branchB = guarantor === true && isFiniteNumber(guarantees) && guarantees >= F.newGuaranteesYuan;
  const passed = branchA || branchB;
  const show = (n: number | null | undefined, f: (v: number) => string): string => (isFiniteNumber(n) ? f(n) : '—');
  const missingA = [
    ...(isFiniteNumber(acts) ? [] : [{ zhCN: '年投融资服务活动次数', en: 'financing activities per year' }]),
    ...(isFiniteNumber(facilitated) ? [] : [{ zhCN: '帮助中小企业融资总额', en: 'SME financing facilitated' }]),
  ];
  const missingB = [
    ...(guarantor === null || guarantor === undefined ? [{ zhCN: '是否为融资担保机构', en: 'guarantee institution (yes/no)' }] : []),
    ...(guarantor === true && !isFiniteNumber(guarantees) ? [{ zhCN: '年新增担保额', en: 'new guarantees per year' }] : []),
  ];
  // A missing figure only explains the failure when neither branch can pass on what was given.
  const missing = passed ? [] : guarantor === false ? missingA : [...missingA, ...missingB];
  return makeCheck({
    code: 'ART6_5_FINANCING',
    paragraph: p,
    fn: 'FINANCING',
    condition: {
      zhCN: '年投融资服务活动10次以上且帮助中小企业融资总额8亿元以上；或年新增担保额30亿元以上的融资担保机构',
      en: `(≥ ${F.activitiesPerYear} activities and ≥ ${yuan(F.financingFacilitatedYuan)} facilitated) or (guarantee institution with ≥ ${yuan(F.newGuaranteesYuan)} new guarantees)`,
    },
    passed,
    required: `(activities ≥ ${F.activitiesPerYear} AND facilitated ≥ ${yuan(F.financingFacilitatedYuan)}) OR (guarantee institution AND new guarantees ≥ ${yuan(F.newGuaranteesYuan)})`,
    actual: `activities ${show(acts, count)}, facilitated ${show(facilitated, yuan)}; guarantee institution ${yesNo(guarantor)}, new guarantees ${show(guarantees, yuan)}`,
    ...(missing.length > 0 ? { missing } : {}),
  });
}

/**
 * Applies Art. 5 (all conditions) and Art. 6 (at least one declared function) to declared
 * facts. Pure and total: malformed or missing figures fail their check rather than throw,
 * because the portal runs this live on half-filled forms.
 *
 * A function declared twice is checked once, on its first entry.
 */
export function checkEligibility(facts: EligibilityFacts): EligibilityResult {
  const art5 = art5Checks(facts);
  const seen = new Set<ServiceFunction>();
  const art6: EligibilityCheck[] = [];
  const qualifiedFunctions: ServiceFunction[] = [];
  for (const declared of facts.functions ?? []) {
    if (seen.has(declared.function) || !(declared.function in SERVICE_FUNCTION_ARTICLES)) continue;
    seen.add(declared.function);
    const checks = functionChecks(declared);
    art6.push(...checks);
    if (checks.every((c) => c.passed)) qualifiedFunctions.push(declared.function);
  }
  const anyQualified = qualifiedFunctions.length > 0;
  const names = (lang: 'zhCN' | 'en'): string =>
    [...seen].map((f) => SERVICE_FUNCTION_NAMES[f][lang]).join(lang === 'zhCN' ? '、' : ', ');
  const qualifiedNames = (lang: 'zhCN' | 'en'): string =>
    qualifiedFunctions.map((f) => SERVICE_FUNCTION_NAMES[f][lang]).join(lang === 'zhCN' ? '、' : ', ');
  const summary: EligibilityCheck = {
    code: 'ART6_NO_QUALIFYING_FUNCTION',
    article: 'Art. 6',
    function: null,
    passed: anyQualified,
    required: '≥ 1 declared function meets its requirement',
    actual: `${qualifiedFunctions.length} of ${seen.size}`,
    message: anyQualified
      ? {
          zhCN: `第六条：满足功能要求的申报功能：${qualifiedNames('zhCN')}，符合。`,
          en: `Art. 6: declared functions meeting their requirement: ${qualifiedNames('en')} — met.`,
        }
      : seen.size === 0
        ? { zhCN: '第六条：未申报任何服务功能，至少需满足一项功能要求，不符合。', en: 'Art. 6: no service function declared; at least one must meet its requirement — not met.' }
        : {
            zhCN: `第六条：申报的服务功能（${names('zhCN')}）均未满足功能要求，不符合。`,
            en: `Art. 6: none of the declared functions (${names('en')}) meets its requirement — not met.`,
          },
  };
  return {
    eligible: art5.every((c) => c.passed) && anyQualified,
    qualifiedFunctions,
    checks: [...art5, ...art6, summary],
  };
}
