import { formatYuanEn, formatYuanZh } from '../shared/format';
import { type IsoDate } from '../shared/iso-date';
import { groupThousands, type Message } from '../shared/message';
import { type OrganisationKind, type ServiceFunction } from './service-function';

// The pieces every condition of Arts. 5 and 6 is built from: the facts, the checks and how a
// check words its verdict in both languages.
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

export type Paragraph = { article: string; zhCN: string };
/** A condition's or a figure's wording in both languages. */
export type Condition = Message;

export type MeasuredInput = {
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

export function measured(input: MeasuredInput): EligibilityCheck {
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

export const capitalise = (s: string): string => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);

/**
 * A qualitative condition the applicant attests to (docs/measures.md, "Qualitative conditions"). Given,
 * it is shown as attested and to be verified in review — never as met; absent or false, it is
 * not attested and the applicant is not eligible.
 */
export function attested(
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

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** How a figure is written in each language. */
export type Figure = (n: number) => Message;
export const yuan: Figure = (n) => ({ zhCN: formatYuanZh(n), en: formatYuanEn(n) });
export const percent: Figure = (n) => ({ zhCN: `${groupThousands(n)}%`, en: `${groupThousands(n)}%` });
export const count =
  (unitZh: string): Figure =>
  (n) => ({ zhCN: `${groupThousands(n)}${unitZh}`, en: groupThousands(n) });

/** A figure that must reach `threshold` (inclusive). */
export function atLeast(
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
