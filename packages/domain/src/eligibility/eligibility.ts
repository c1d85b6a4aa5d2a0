import { formatDateZh, formatYuanEn, formatYuanZh } from '../shared/format';
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
 * on half-filled forms: a missing figure fails its check with a message naming the figure, and
 * an absent attestation is not given.
 */
export type FunctionFacts = {
  function: ServiceFunction;
  activitiesPerYear?: number | null;
  offlineEnterprisesServed?: number | null;
  onlineServiceSystem?: boolean | null;
  /** Art. 6(2) 具有组织技术服务资源的能力 (TECHNOLOGY), attested. */
  organisesResources?: boolean | null;
  expertDatabase?: boolean | null;
  projectDatabase?: boolean | null;
  /** Art. 6(3) 具有较强的创业辅导能力 (STARTUP), attested. */
  strongCoaching?: boolean | null;
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

/**
 * The facts an application declares (docs/measures.md, "Declared facts"); N-1 and N-2 are the two full
 * years before the round. The yes/no fields are attestations of qualitative conditions: absent
 * or false means not attested.
 */
export type EligibilityFacts = {
  foundedOn: IsoDate;
  submittedOn: IsoDate;
  independentLegalPerson: boolean;
  soundFinances: boolean;
  /** Art. 5(1) 经营规范，具有良好的发展前景和可持续发展能力 */
  soundOperation?: boolean | null;
  /** Art. 5(2) 在专业服务领域或区域内有一定的声誉和品牌影响力 */
  reputation?: boolean | null;
  fixedPremises: boolean;
  /** Art. 5(3) 有组织带动社会服务资源的能力 */
  organisesServiceResources?: boolean | null;
  managementRules: boolean;
  /** Art. 5(4) 合理的收费标准 */
  reasonableFees?: boolean | null;
  /** Art. 5(4) 规范的服务流程……和完善的服务质量保证措施 */
  qualityAssurance?: boolean | null;
  smallMicroFeeConcessions: boolean;
  developmentPlan: boolean;
  /** Art. 5(5) 有健全的管理团队和人才队伍 */
  soundManagementTeam?: boolean | null;
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

/**
 * MEASURED: a figure or fact the software compares with the measures' threshold.
 * ATTESTED: a qualitative condition the applicant declares and a reviewer verifies.
 */
export const CHECK_KINDS = ['MEASURED', 'ATTESTED'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/**
 * PASSED / FAILED for measured checks; ATTESTED (given, to be verified in review) /
 * NOT_ATTESTED for attested ones. An attested check is never PASSED: nothing was verified.
 */
export const CHECK_STATUSES = ['PASSED', 'FAILED', 'ATTESTED', 'NOT_ATTESTED'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const CHECK_STATUS_NAMES: Record<CheckStatus, Message> = {
  PASSED: { zhCN: '符合', en: 'Met' },
  FAILED: { zhCN: '不符合', en: 'Not met' },
  ATTESTED: { zhCN: '已声明，待评审核实', en: 'Attested, to be verified in review' },
  NOT_ATTESTED: { zhCN: '未声明', en: 'Not attested' },
};

export type EligibilityCheck = {
  /** Stable identifier, e.g. `ART5_1_OPERATING_YEARS`; UIs key translations and help on it. */
  code: string;
  article: string;
  function: ServiceFunction | null;
  kind: CheckKind;
  status: CheckStatus;
  /**
   * The check does not stand in the way of eligibility: PASSED, or ATTESTED (given, still to be
   * verified). Read `status` and `kind` to tell a met figure from an attestation.
   */
  passed: boolean;
  /** The threshold, in English (`≥ 3,000,000 CNY`); `requiredText` has both languages. */
  required: string | null;
  /** The declared value, in English; `actualText` has both languages. Null when not declared. */
  actual: string | null;
  requiredText: Message | null;
  actualText: Message | null;
  /**
   * The condition in the measures' words (Chinese: a verbatim quotation of the article, where
   * …… marks words left out; English: a translation). Absent from results frozen before it existed.
   */
  condition?: Message;
  /** How the software reads an open wording of the condition, shown as such; null when it reads nothing in. */
  reading?: Message | null;
  message: Message;
};

export type EligibilityResult = {
  /** Every measured condition of Art. 5 holds, every attestation is given, and at least one declared function meets Art. 6 in full. */
  eligible: boolean;
  qualifiedFunctions: ServiceFunction[];
  checks: EligibilityCheck[];
};

type Paragraph = { article: string; zhCN: string };
const ART5: Record<1 | 2 | 3 | 4 | 5, Paragraph> = {
  1: { article: 'Art. 5(1)', zhCN: '第五条第（一）项' },
  2: { article: 'Art. 5(2)', zhCN: '第五条第（二）项' },
  3: { article: 'Art. 5(3)', zhCN: '第五条第（三）项' },
  4: { article: 'Art. 5(4)', zhCN: '第五条第（四）项' },
  5: { article: 'Art. 5(5)', zhCN: '第五条第（五）项' },
};

/** A condition's or a figure's wording in both languages. */
type Condition = Message;

type MeasuredInput = {
  code: string;
  paragraph: Paragraph;
  fn: ServiceFunction | null;
  condition: Condition;
  passed: boolean;
  required: Message;
  actual: Message | null;
  /** The software's reading of an open wording, shown after the condition, never instead of it. */
  reading?: Message;
  /** Set when a figure was not declared, so the message can say which one is missing. */
  missing?: Condition[];
  /** Appended to the verdict, e.g. that part of the answer rests on an attestation. */
  note?: Message;
};

function measured(input: MeasuredInput): EligibilityCheck {
  const { paragraph, condition, passed, actual, missing, reading, note } = input;
  const isMissing = missing !== undefined && missing.length > 0;
  const zhBody = isMissing
    ? `未填报：${missing.map((m) => m.zhCN).join('、')}`
    : actual
      ? `申报值：${actual.zhCN}`
      : '';
  const enBody = isMissing
    ? `missing figure: ${missing.map((m) => m.en).join(', ')}`
    : actual
      ? `declared: ${actual.en}`
      : '';
  const zhVerdict = `${passed ? '符合' : '不符合'}${note ? `（${note.zhCN}）` : ''}`;
  const enVerdict = `${passed ? 'met' : 'not met'}${note ? ` (${note.en})` : ''}`;
  const zhCN = reading
    ? `${paragraph.zhCN}：${condition.zhCN}。本系统的理解：${reading.zhCN}。${zhBody ? `${zhBody}，` : ''}${zhVerdict}。`
    : `${paragraph.zhCN}：${condition.zhCN}${zhBody ? `；${zhBody}` : ''}，${zhVerdict}。`;
  const en = reading
    ? `${paragraph.article}: ${condition.en}. The software reads this as: ${reading.en}. ${enBody ? `${capitalise(enBody)} — ${enVerdict}` : capitalise(enVerdict)}.`
    : `${paragraph.article}: ${condition.en}${enBody ? `; ${enBody}` : ''} — ${enVerdict}.`;
  return {
    code: input.code,
    article: paragraph.article,
    function: input.fn,
    kind: 'MEASURED',
    status: passed ? 'PASSED' : 'FAILED',
    passed,
    required: input.required.en,
    actual: isMissing ? null : (actual?.en ?? null),
    requiredText: input.required,
    actualText: isMissing ? null : actual,
    condition,
    reading: reading ?? null,
    message: { zhCN, en },
  };
}

const capitalise = (s: string): string => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);

/**
 * A qualitative condition the applicant attests to (docs/measures.md, "Qualitative conditions"). Given,
 * it is shown as attested and to be verified in review — never as met; absent or false, it is
 * not attested and the applicant is not eligible.
 */
function attested(
  code: string,
  paragraph: Paragraph,
  fn: ServiceFunction | null,
  condition: Condition,
  value: boolean | null | undefined,
): EligibilityCheck {
  const given = value === true;
  const status: CheckStatus = given ? 'ATTESTED' : 'NOT_ATTESTED';
  return {
    code,
    article: paragraph.article,
    function: fn,
    kind: 'ATTESTED',
    status,
    passed: given,
    required: 'attested',
    actual: given ? 'attested' : 'not attested',
    requiredText: { zhCN: '须由申报单位声明', en: 'attested by the applicant' },
    actualText: CHECK_STATUS_NAMES[status],
    condition,
    reading: null,
    message: given
      ? {
          zhCN: `${paragraph.zhCN}：${condition.zhCN}；申报单位已声明，待评审核实。`,
          en: `${paragraph.article}: ${condition.en} — attested, to be verified in review.`,
        }
      : {
          zhCN: `${paragraph.zhCN}：${condition.zhCN}；申报单位未声明，不符合。`,
          en: `${paragraph.article}: ${condition.en} — not attested, so not met.`,
        },
  };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** How a figure is written in each language. */
type Figure = (n: number) => Message;
const yuan: Figure = (n) => ({ zhCN: formatYuanZh(n), en: formatYuanEn(n) });
const percent: Figure = (n) => ({ zhCN: `${groupThousands(n)}%`, en: `${groupThousands(n)}%` });
const count =
  (unitZh: string): Figure =>
  (n) => ({ zhCN: `${groupThousands(n)}${unitZh}`, en: groupThousands(n) });

/** A figure that must reach `threshold` (inclusive). */
function atLeast(
  code: string,
  paragraph: Paragraph,
  fn: ServiceFunction | null,
  condition: Condition,
  figure: Condition,
  value: number | null | undefined,
  threshold: number,
  show: Figure,
  reading?: Message,
): EligibilityCheck {
  const shown = show(threshold);
  const required = { zhCN: `不少于${shown.zhCN}`, en: `≥ ${shown.en}` };
  const read = reading ? { reading } : {};
  if (!isFiniteNumber(value))
    return measured({
      code,
      paragraph,
      fn,
      condition,
      passed: false,
      required,
      actual: null,
      missing: [figure],
      ...read,
    });
  return measured({
    code,
    paragraph,
    fn,
    condition,
    passed: value >= threshold,
    required,
    actual: show(value),
    ...read,
  });
}

function art5Checks(f: EligibilityFacts): EligibilityCheck[] {
  const p = ART5;
  return [
    attested(
      'ART5_1_INDEPENDENT_LEGAL_PERSON',
      p[1],
      null,
      { zhCN: '具有独立法人资格', en: 'an independent legal person' },
      f.independentLegalPerson,
    ),
    operatingYearsCheck(f.foundedOn, f.submittedOn),
    atLeast(
      'ART5_1_TOTAL_ASSETS',
      p[1],
      null,
      { zhCN: '资产总额不低于300万元', en: `total assets of at least ${formatYuanEn(T.totalAssetsYuan)}` },
      { zhCN: '资产总额', en: 'total assets' },
      f.totalAssetsYuan,
      T.totalAssetsYuan,
      yuan,
    ),
    attested('ART5_1_SOUND_FINANCES', p[1], null, { zhCN: '财务收支状况良好', en: 'sound finances' }, f.soundFinances),
    attested(
      'ART5_1_SOUND_OPERATION',
      p[1],
      null,
      {
        zhCN: '经营规范，具有良好的发展前景和可持续发展能力',
        en: 'operates soundly, with good prospects and the ability to develop sustainably',
      },
      f.soundOperation,
    ),
    organisationKindCheck(f.organisationKind),

    atLeast(
      'ART5_2_SMES_SERVED',
      p[2],
      null,
      { zhCN: '年服务中小企业150家以上', en: `at least ${T.smesServedPerYear} SMEs served a year` },
      { zhCN: '上一年度服务中小企业数量', en: 'SMEs served in year N-1' },
      f.smesServedLastYear,
      T.smesServedPerYear,
      count('家'),
      { zhCN: '以上一年度服务的中小企业数量计', en: 'the SMEs served in year N-1 are counted' },
    ),
    atLeast(
      'ART5_2_SATISFACTION',
      p[2],
      null,
      { zhCN: '用户满意度在80%以上', en: `user satisfaction of at least ${T.satisfactionPercent}%` },
      { zhCN: '用户满意度', en: 'user satisfaction' },
      f.satisfactionPercent,
      T.satisfactionPercent,
      percent,
    ),
    steadyGrowthCheck(f.smesServedLastYear, f.smesServedYearBefore),
    attested(
      'ART5_2_REPUTATION',
      p[2],
      null,
      {
        zhCN: '在专业服务领域或区域内有一定的声誉和品牌影响力',
        en: 'recognised, with a reputation and brand, in its field or region',
      },
      f.reputation,
    ),

    attested(
      'ART5_3_FIXED_PREMISES',
      p[3],
      null,
      {
        zhCN: '有固定的经营服务场所和必要的服务设施、仪器设备等',
        en: 'fixed premises with the facilities and equipment the services need',
      },
      f.fixedPremises,
    ),
    attested(
      'ART5_3_ORGANISING_ABILITY',
      p[3],
      null,
      { zhCN: '有组织带动社会服务资源的能力', en: 'able to organise and mobilise social service resources' },
      f.organisesServiceResources,
    ),
    atLeast(
      'ART5_3_AGGREGATED_INSTITUTIONS',
      p[3],
      null,
      { zhCN: '集聚服务机构5家以上', en: `at least ${T.aggregatedInstitutions} service institutions aggregated` },
      { zhCN: '集聚服务机构数量', en: 'aggregated service institutions' },
      f.aggregatedInstitutions,
      T.aggregatedInstitutions,
      count('家'),
    ),

    attested(
      'ART5_4_MANAGEMENT_RULES',
      p[4],
      null,
      { zhCN: '有健全的管理制度', en: 'sound management rules' },
      f.managementRules,
    ),
    attested(
      'ART5_4_QUALITY_ASSURANCE',
      p[4],
      null,
      {
        zhCN: '规范的服务流程……和完善的服务质量保证措施',
        en: 'standard service processes and thorough quality assurance',
      },
      f.qualityAssurance,
    ),
    attested('ART5_4_REASONABLE_FEES', p[4], null, { zhCN: '合理的收费标准', en: 'reasonable fees' }, f.reasonableFees),
    attested(
      'ART5_4_SMALL_MICRO_FEE_CONCESSIONS',
      p[4],
      null,
      { zhCN: '对小型微型企业的服务收费要有相应的优惠规定', en: 'fee concessions for small and micro enterprises' },
      f.smallMicroFeeConcessions,
    ),
    atLeast(
      'ART5_4_FREE_OR_LOW_FEE_SHARE',
      p[4],
      null,
      {
        zhCN: '提供的公益性服务或低收费服务不少于总服务量的20%',
        en: `public-welfare or low-fee services of at least ${T.freeOrLowFeeSharePercent}% of all services`,
      },
      { zhCN: '公益性服务或低收费服务占总服务量的比例', en: 'public-welfare or low-fee share' },
      f.freeOrLowFeeSharePercent,
      T.freeOrLowFeeSharePercent,
      percent,
    ),
    attested(
      'ART5_4_DEVELOPMENT_PLAN',
      p[4],
      null,
      { zhCN: '有明确的发展规划和年度服务目标', en: 'a clear development plan and annual service targets' },
      f.developmentPlan,
    ),

    attested(
      'ART5_5_SOUND_MANAGEMENT_TEAM',
      p[5],
      null,
      { zhCN: '有健全的管理团队和人才队伍', en: 'a sound management team and staff' },
      f.soundManagementTeam,
    ),
    attested(
      'ART5_5_PRINCIPAL_INTEGRITY',
      p[5],
      null,
      {
        zhCN: '主要负责人要诚信、守法，具有开拓创新精神、丰富的实践经验和较高的管理水平',
        en: 'a principal of integrity who abides by the law, with an innovative spirit, practical experience and management skill',
      },
      f.principalIntegrity,
    ),
    atLeast(
      'ART5_5_SERVICE_STAFF',
      p[5],
      null,
      { zhCN: '从事为中小企业服务的人员不少于20人', en: `at least ${T.serviceStaff} staff serving SMEs` },
      { zhCN: '服务人员数量', en: 'service staff' },
      f.serviceStaff,
      T.serviceStaff,
      count('人'),
    ),
    qualifiedShareCheck(f.serviceStaff, f.qualifiedStaff),
  ];
}

function organisationKindCheck(kind: OrganisationKind): EligibilityCheck {
  const known = (ORGANISATION_KINDS as readonly string[]).includes(kind);
  const declared = typeof kind === 'string' && kind.length > 0;
  return measured({
    code: 'ART5_1_ORGANISATION_KIND',
    paragraph: ART5[1],
    fn: null,
    condition: {
      zhCN: '中小企业服务机构、社会中介机构、技术服务机构、科研院所，以及基于互联网等面向中小企业提供创业创新服务的企业',
      en: 'an SME service institution, social intermediary, technology service institution or research institute, or an internet-based enterprise serving SME startup and innovation',
    },
    reading: { zhCN: '申报单位属于所列机构类别之一', en: 'the applicant is of one of the kinds listed' },
    passed: known,
    required: {
      zhCN: ORGANISATION_KINDS.map((k) => ORGANISATION_KIND_NAMES[k].zhCN).join('、'),
      en: ORGANISATION_KINDS.join(' | '),
    },
    actual: known ? ORGANISATION_KIND_NAMES[kind] : declared ? { zhCN: '不属于所列机构类别', en: String(kind) } : null,
    ...(declared ? {} : { missing: [{ zhCN: '机构类别', en: 'organisation kind' }] }),
  });
}

/**
 * "Operating ≥ 2 years" (运营两年以上): the second anniversary of the founding date has been
 * reached on the submission date. A 29 February founding reaches it on 1 March (see
 * `anniversary`), so founded 2024-02-29 may submit from 2026-03-01.
 */
function operatingYearsCheck(foundedOn: IsoDate, submittedOn: IsoDate): EligibilityCheck {
  const condition = { zhCN: '运营两年以上', en: `operating for more than ${T.operatingYears} years` };
  const reading = {
    zhCN: '申报日成立满两周年',
    en: `founded at least ${T.operatingYears} full years before the submission date`,
  };
  const base = { code: 'ART5_1_OPERATING_YEARS', paragraph: ART5[1], fn: null, condition, reading };
  const validFounded = typeof foundedOn === 'string' && isIsoDate(foundedOn);
  const validSubmitted = typeof submittedOn === 'string' && isIsoDate(submittedOn);
  if (!validFounded || !validSubmitted) {
    const missing = [
      ...(validFounded ? [] : [{ zhCN: '成立日期', en: 'founding date' }]),
      ...(validSubmitted ? [] : [{ zhCN: '申报日期', en: 'submission date' }]),
    ];
    return measured({
      ...base,
      passed: false,
      required: { zhCN: '成立满两周年', en: `≥ ${T.operatingYears} years` },
      actual: null,
      missing,
    });
  }
  const qualifiesOn = anniversary(foundedOn, T.operatingYears);
  return measured({
    ...base,
    passed: compareIsoDates(submittedOn, qualifiesOn) >= 0,
    required: {
      zhCN: `成立满两周年（${formatDateZh(qualifiesOn)}起可申报）`,
      en: `founded on or before the day two years before submission (eligible from ${qualifiesOn})`,
    },
    actual: {
      zhCN: `成立于${formatDateZh(foundedOn)}，申报日期为${formatDateZh(submittedOn)}`,
      en: `founded ${foundedOn}, submitted ${submittedOn}`,
    },
  });
}

/** "Grew steadily over the last two years" (近两年服务企业数量稳步增长): N-1 strictly above N-2. */
function steadyGrowthCheck(lastYear: number, yearBefore: number): EligibilityCheck {
  const condition = {
    zhCN: '近两年服务企业数量稳步增长',
    en: 'the number of enterprises served grew steadily over the last two years',
  };
  const reading = {
    zhCN: '上一年度服务企业数量多于前一年度',
    en: 'more enterprises served in year N-1 than in year N-2',
  };
  const base = { code: 'ART5_2_STEADY_GROWTH', paragraph: ART5[2], fn: null, condition, reading };
  if (!isFiniteNumber(lastYear) || !isFiniteNumber(yearBefore)) {
    const missing = [
      ...(isFiniteNumber(lastYear) ? [] : [{ zhCN: '上一年度服务企业数量', en: 'enterprises served in year N-1' }]),
      ...(isFiniteNumber(yearBefore) ? [] : [{ zhCN: '前一年度服务企业数量', en: 'enterprises served in year N-2' }]),
    ];
    return measured({
      ...base,
      passed: false,
      required: { zhCN: '上一年度多于前一年度', en: 'N-1 > N-2' },
      actual: null,
      missing,
    });
  }
  return measured({
    ...base,
    passed: lastYear > yearBefore,
    required: {
      zhCN: `上一年度多于前一年度（多于${groupThousands(yearBefore)}家）`,
      en: `N-1 > N-2 (> ${groupThousands(yearBefore)})`,
    },
    actual: {
      zhCN: `上一年度${groupThousands(lastYear)}家，前一年度${groupThousands(yearBefore)}家`,
      en: `N-1 ${groupThousands(lastYear)}, N-2 ${groupThousands(yearBefore)}`,
    },
  });
}

/**
 * Qualified staff share ≥ 80%, compared in integers (q × 100 ≥ 80 × s) so 16 of 20 is exactly
 * 80% without floating-point doubt. No staff fails (the share is undefined, and Art. 5(5)
 * fails anyway); more qualified staff than staff is inconsistent data and fails.
 *
 * The message states the condition in the measures' words, then the software's reading of
 * 和 (either qualification counts) separately (docs/measures.md, "Qualified staff").
 */
function qualifiedShareCheck(serviceStaff: number, qualifiedStaff: number): EligibilityCheck {
  const base = {
    code: 'ART5_5_QUALIFIED_STAFF_SHARE',
    paragraph: ART5[5],
    fn: null,
    condition: {
      zhCN: '其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上',
      en: `the measures require at least ${T.qualifiedStaffSharePercent}% of the staff to be professionals with a college degree or above and a mid-level or higher technical title`,
    },
    reading: {
      zhCN: '具有大专及以上学历或中级及以上技术职称，两者有其一即计为专业人员',
      en: 'a staff member counts who holds either a college degree or above or a mid-level or higher technical title',
    },
  };
  const required = { zhCN: `不低于${T.qualifiedStaffSharePercent}%`, en: `≥ ${T.qualifiedStaffSharePercent}%` };
  if (!isFiniteNumber(serviceStaff) || !isFiniteNumber(qualifiedStaff)) {
    const missing = [
      ...(isFiniteNumber(serviceStaff) ? [] : [{ zhCN: '服务人员数量', en: 'service staff' }]),
      ...(isFiniteNumber(qualifiedStaff) ? [] : [{ zhCN: '符合学历或职称条件的人员数量', en: 'qualified staff' }]),
    ];
    return measured({ ...base, passed: false, required, actual: null, missing });
  }
  const consistent = serviceStaff > 0 && qualifiedStaff >= 0 && qualifiedStaff <= serviceStaff;
  const share = serviceStaff > 0 ? Math.round((qualifiedStaff / serviceStaff) * 10_000) / 100 : 0;
  return measured({
    ...base,
    passed: consistent && qualifiedStaff * 100 >= T.qualifiedStaffSharePercent * serviceStaff,
    required,
    actual: {
      zhCN: `服务人员${groupThousands(serviceStaff)}人，其中专业人员${groupThousands(qualifiedStaff)}人，占${groupThousands(share)}%`,
      en: `${groupThousands(qualifiedStaff)} / ${groupThousands(serviceStaff)} = ${groupThousands(share)}%`,
    },
  });
}

function functionChecks(facts: FunctionFacts): EligibilityCheck[] {
  const fn = facts.function;
  const p = SERVICE_FUNCTION_ARTICLES[fn];
  const activities = { zhCN: '年服务活动次数', en: 'activities per year' };
  switch (fn) {
    case 'INFORMATION':
      return [
        attested(
          'ART6_1_ONLINE_SERVICE_SYSTEM',
          p,
          fn,
          {
            zhCN: '形成便于中小企业查询的、开放的信息服务系统；具有在线服务、线上线下联动功能',
            en: 'an open information service system SMEs can query, with online service and online/offline linkage',
          },
          facts.onlineServiceSystem,
        ),
        atLeast(
          'ART6_1_OFFLINE_ENTERPRISES_SERVED',
          p,
          fn,
          {
            zhCN: '线下年服务企业数量150家以上',
            en: `at least ${T.information.offlineEnterprisesServed} enterprises served offline a year`,
          },
          { zhCN: '线下年服务企业数量', en: 'offline enterprises served per year' },
          facts.offlineEnterprisesServed,
          T.information.offlineEnterprisesServed,
          count('家'),
        ),
        atLeast(
          'ART6_1_ACTIVITIES',
          p,
          fn,
          {
            zhCN: '年组织开展的相关服务活动8次以上',
            en: `at least ${T.information.activitiesPerYear} service activities a year`,
          },
          activities,
          facts.activitiesPerYear,
          T.information.activitiesPerYear,
          count('次'),
        ),
      ];
    case 'TECHNOLOGY':
      return [
        attested(
          'ART6_2_ORGANISES_RESOURCES',
          p,
          fn,
          { zhCN: '具有组织技术服务资源的能力', en: 'able to organise technical service resources' },
          facts.organisesResources,
        ),
        attested(
          'ART6_2_EXPERT_DATABASE',
          p,
          fn,
          { zhCN: '具有专家库', en: 'an expert database' },
          facts.expertDatabase,
        ),
        attested(
          'ART6_2_PROJECT_DATABASE',
          p,
          fn,
          { zhCN: '具有……新产品、新技术项目库', en: 'a new-product and new-technology project database' },
          facts.projectDatabase,
        ),
        atLeast(
          'ART6_2_ACTIVITIES',
          p,
          fn,
          {
            zhCN: '年开展技术洽谈、产品检测与质量品牌诊断、技术推广、项目推介和知识产权等服务活动5次以上',
            en: `at least ${T.technology.activitiesPerYear} technology service activities a year`,
          },
          activities,
          facts.activitiesPerYear,
          T.technology.activitiesPerYear,
          count('次'),
        ),
      ];
    case 'STARTUP':
      return [
        attested(
          'ART6_3_STRONG_COACHING',
          p,
          fn,
          { zhCN: '具有较强的创业辅导能力', en: 'strong startup coaching' },
          facts.strongCoaching,
        ),
        attested(
          'ART6_3_PROJECT_DATABASE',
          p,
          fn,
          { zhCN: '建有创业项目库', en: 'a startup project database' },
          facts.projectDatabase,
        ),
        attested(
          'ART6_3_STARTUP_GUIDE',
          p,
          fn,
          { zhCN: '建有……《创业指南》', en: 'a Startup Guide' },
          facts.startupGuide,
        ),
        attested(
          'ART6_3_SERVICE_HOTLINE',
          p,
          fn,
          { zhCN: '建有……创业服务热线', en: 'a startup service hotline' },
          facts.serviceHotline,
        ),
        attested(
          'ART6_3_GOVERNMENT_AGENCY_SERVICE',
          p,
          fn,
          { zhCN: '开展相关政务代理服务', en: 'government-affairs agency services' },
          facts.governmentAgencyService,
        ),
        atLeast(
          'ART6_3_ACTIVITIES',
          p,
          fn,
          {
            zhCN: '年开展创业项目洽谈、推介活动8次以上',
            en: `at least ${T.startup.activitiesPerYear} startup matchmaking or promotion events a year`,
          },
          { zhCN: '年创业项目洽谈、推介活动次数', en: 'startup events per year' },
          facts.activitiesPerYear,
          T.startup.activitiesPerYear,
          count('次'),
        ),
      ];
    case 'TRAINING':
      return [
        attested(
          'ART6_4_TRAINING_QUALIFICATION',
          p,
          fn,
          {
            zhCN: '具有培训资质或在中小企业主管部门备案',
            en: 'a training qualification, or filed with the SME authority',
          },
          facts.trainingQualification,
        ),
        attested(
          'ART6_4_ONLINE_AND_OFFLINE_TRAINING',
          p,
          fn,
          { zhCN: '具有线上和线下培训能力', en: 'able to train online and offline' },
          facts.onlineAndOfflineTraining,
        ),
        attested(
          'ART6_4_TRAINING_EVALUATION',
          p,
          fn,
          { zhCN: '有完善的培训服务评价机制', en: 'a thorough training evaluation mechanism' },
          facts.trainingEvaluation,
        ),
        atLeast(
          'ART6_4_TRAINEES',
          p,
          fn,
          {
            zhCN: '年培训2000人次以上',
            en: `at least ${groupThousands(T.training.traineesPerYear)} trainee-times a year`,
          },
          { zhCN: '年培训人次', en: 'trainee-times per year' },
          facts.traineesPerYear,
          T.training.traineesPerYear,
          count('人次'),
        ),
      ];
    case 'FINANCING':
      return [financingCheck(facts)];
  }
}

/**
 * Art. 6(5) is one requirement with two alternative branches, so it is one measured check whose
 * `actual` reports both branches' figures: (A) ≥ 10 activities AND ≥ 8亿元 facilitated, or
 * (B) a guarantee institution with ≥ 30亿元 of new guarantees. Being a guarantee institution is
 * attested; when only branch B holds, the message says so.
 */
function financingCheck(facts: FunctionFacts): EligibilityCheck {
  const F = T.financing;
  const {
    activitiesPerYear: acts,
    financingFacilitatedYuan: facilitated,
    guaranteeInstitution: guarantor,
    newGuaranteesYuan: guarantees,
  } = facts;
  const branchA =
    isFiniteNumber(acts) &&
    acts >= F.activitiesPerYear &&
    isFiniteNumber(facilitated) &&
    facilitated >= F.financingFacilitatedYuan;
  const branchB = guarantor === true && isFiniteNumber(guarantees) && guarantees >= F.newGuaranteesYuan;
  const passed = branchA || branchB;
  const show = (n: number | null | undefined, f: Figure, lang: 'zhCN' | 'en'): string =>
    isFiniteNumber(n) ? f(n)[lang] : '—';
  const missingA = [
    ...(isFiniteNumber(acts) ? [] : [{ zhCN: '年投融资服务活动次数', en: 'financing activities per year' }]),
    ...(isFiniteNumber(facilitated) ? [] : [{ zhCN: '帮助中小企业融资总额', en: 'SME financing facilitated' }]),
  ];
  const missingB = [
    ...(guarantor === null || guarantor === undefined
      ? [{ zhCN: '是否为融资担保机构', en: 'whether a guarantee institution' }]
      : []),
    ...(guarantor === true && !isFiniteNumber(guarantees)
      ? [{ zhCN: '年新增担保额', en: 'new guarantees per year' }]
      : []),
  ];
  // A missing figure only explains the failure when neither branch can pass on what was given.
  const missing = passed ? [] : guarantor === false ? missingA : [...missingA, ...missingB];
  const guarantorZh = guarantor === true ? '是（已声明，待评审核实）' : guarantor === false ? '否' : '—';
  const guarantorEn =
    guarantor === true ? 'yes (attested, to be verified in review)' : guarantor === false ? 'no' : '—';
  return measured({
    code: 'ART6_5_FINANCING',
    paragraph: SERVICE_FUNCTION_ARTICLES.FINANCING,
    fn: 'FINANCING',
    condition: {
      zhCN: '年组织开展投融资对接、企业融资策划、推荐和融资代理等服务活动10次以上，帮助中小企业融资总额8亿元以上的服务机构；或向中小企业提供年新增担保额30亿元以上的融资担保机构',
      en: `a service institution organising at least ${F.activitiesPerYear} financing activities a year and helping SMEs to at least ${formatYuanEn(F.financingFacilitatedYuan)} of financing, or a guarantee institution providing SMEs with at least ${formatYuanEn(F.newGuaranteesYuan)} of new guarantees a year`,
    },
    reading: {
      zhCN: '两种情形满足其一即可：服务活动10次以上且融资总额8亿元以上；或为年新增担保额30亿元以上的融资担保机构',
      en: 'either branch suffices: both figures of the first, or a guarantee institution meeting the second',
    },
    passed,
    required: {
      zhCN: `（服务活动不少于${F.activitiesPerYear}次且融资总额不少于${formatYuanZh(F.financingFacilitatedYuan)}）或（融资担保机构且年新增担保额不少于${formatYuanZh(F.newGuaranteesYuan)}）`,
      en: `(activities ≥ ${F.activitiesPerYear} AND facilitated ≥ ${formatYuanEn(F.financingFacilitatedYuan)}) OR (guarantee institution AND new guarantees ≥ ${formatYuanEn(F.newGuaranteesYuan)})`,
    },
    actual: {
      zhCN: `服务活动${show(acts, count('次'), 'zhCN')}，融资总额${show(facilitated, yuan, 'zhCN')}；融资担保机构：${guarantorZh}，年新增担保额${show(guarantees, yuan, 'zhCN')}`,
      en: `activities ${show(acts, count(''), 'en')}, facilitated ${show(facilitated, yuan, 'en')}; guarantee institution ${guarantorEn}, new guarantees ${show(guarantees, yuan, 'en')}`,
    },
    ...(missing.length > 0 ? { missing } : {}),
    ...(passed && !branchA
      ? {
          note: {
            zhCN: '融资担保机构身份待评审核实',
            en: 'the guarantee institution status is to be verified in review',
          },
        }
      : {}),
  });
}

/**
 * Applies Art. 5 (all conditions) and Art. 6 (at least one declared function, in full) to
 * declared facts. A measured condition must hold; an attested one must be attested (it is then
 * shown as to be verified in review, never as met). Pure and total: malformed or missing
 * figures fail their check rather than throw, because the portal runs this live on half-filled
 * forms.
 *
 * A function declared twice is checked once, on its first entry.
 */
export function checkEligibility(facts: EligibilityFacts): EligibilityResult {
  const art5 = art5Checks(facts);
  const seen = new Set<ServiceFunction>();
  const art6: EligibilityCheck[] = [];
  const qualifiedFunctions: ServiceFunction[] = [];
  for (const declared of facts.functions ?? []) {
    if (!declared || seen.has(declared.function) || !(declared.function in SERVICE_FUNCTION_ARTICLES)) continue;
    seen.add(declared.function);
    const checks = functionChecks(declared);
    art6.push(...checks);
    if (checks.every((c) => c.passed)) qualifiedFunctions.push(declared.function);
  }
  const anyQualified = qualifiedFunctions.length > 0;
  const names = (fns: Iterable<ServiceFunction>, lang: 'zhCN' | 'en'): string =>
    [...fns].map((f) => SERVICE_FUNCTION_NAMES[f][lang]).join(lang === 'zhCN' ? '、' : ', ');
  const summary: EligibilityCheck = {
    code: 'ART6_NO_QUALIFYING_FUNCTION',
    article: 'Art. 6',
    function: null,
    kind: 'MEASURED',
    status: anyQualified ? 'PASSED' : 'FAILED',
    passed: anyQualified,
    required: '≥ 1 declared function meets its requirement',
    actual: `${qualifiedFunctions.length} of ${seen.size}`,
    requiredText: {
      zhCN: '至少一项申报的服务功能满足要求',
      en: 'at least one declared function meets its requirement',
    },
    condition: {
      zhCN: '示范平台应满足以下至少一项功能要求',
      en: 'a platform meets the requirement of at least one function',
    },
    reading: null,
    actualText: {
      zhCN: `申报${seen.size}项，满足${qualifiedFunctions.length}项`,
      en: `${qualifiedFunctions.length} of ${seen.size}`,
    },
    message: anyQualified
      ? {
          zhCN: `第六条：示范平台应满足以下至少一项功能要求；满足要求的申报功能：${names(qualifiedFunctions, 'zhCN')}，符合。`,
          en: `Art. 6: declared functions meeting their requirement: ${names(qualifiedFunctions, 'en')} — met.`,
        }
      : seen.size === 0
        ? {
            zhCN: '第六条：示范平台应满足以下至少一项功能要求；未申报任何服务功能，不符合。',
            en: 'Art. 6: no service function declared; at least one must meet its requirement — not met.',
          }
        : {
            zhCN: `第六条：示范平台应满足以下至少一项功能要求；申报的服务功能（${names(seen, 'zhCN')}）均未满足要求，不符合。`,
            en: `Art. 6: none of the declared functions (${names(seen, 'en')}) meets its requirement — not met.`,
          },
  };
  return {
    eligible: art5.every((c) => c.passed) && anyQualified,
    qualifiedFunctions,
    checks: [...art5, ...art6, summary],
  };
}
