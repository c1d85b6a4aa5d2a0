import type { ServiceFunction } from '../eligibility/service-function';
import { SERVICE_FUNCTIONS } from '../eligibility/service-function';
import { err, ok, type DomainFailure, type Message, type Result } from '../shared/message';

/**
 * One line of a reviewer's score sheet. `weight` is its share of the 100-point weighted score;
 * a reviewer gives 0…`maxScore` and the line contributes score / maxScore × weight.
 */
export type ReviewCriterion = {
  code: string;
  article: string;
  title: Message;
  weight: number;
  maxScore: number;
};

const MAX = 10;

/**
 * Art. 5: the basic conditions every platform meets, whatever its functions. 60 of the 100
 * points, by paragraph: scale and standing (5(2)) and the management of services and fees
 * (5(4)) carry most, since they are what a platform does for SMEs.
 */
export const BASIC_CRITERIA: readonly ReviewCriterion[] = [
  {
    code: 'ART5_1',
    article: 'Art. 5(1)',
    title: { zhCN: '法人资格、经营规范与可持续发展能力', en: 'Legal person, sound operation and sustainability' },
    weight: 10,
    maxScore: MAX,
  },
  {
    code: 'ART5_2',
    article: 'Art. 5(2)',
    title: { zhCN: '服务规模、用户满意度与品牌影响力', en: 'Scale of service, user satisfaction and reputation' },
    weight: 15,
    maxScore: MAX,
  },
  {
    code: 'ART5_3',
    article: 'Art. 5(3)',
    title: { zhCN: '服务场所设施与资源整合能力', en: 'Premises, facilities and aggregation of service resources' },
    weight: 10,
    maxScore: MAX,
  },
  {
    code: 'ART5_4',
    article: 'Art. 5(4)',
    title: {
      zhCN: '管理制度、服务流程、收费与公益性服务',
      en: 'Management rules, service processes, fees and free or low-fee services',
    },
    weight: 15,
    maxScore: MAX,
  },
  {
    code: 'ART5_5',
    article: 'Art. 5(5)',
    title: { zhCN: '管理团队与专业人才队伍', en: 'Management team and qualified staff' },
    weight: 10,
    maxScore: MAX,
  },
];

/** Art. 6: each function's requirement, split in two lines of 20 points (40 in all). */
export const FUNCTION_CRITERIA: Record<ServiceFunction, readonly ReviewCriterion[]> = {
  INFORMATION: [
    {
      code: 'ART6_1_SYSTEM',
      article: 'Art. 6(1)',
      title: {
        zhCN: '开放的信息服务系统及线上线下联动',
        en: 'Open information service system with online/offline linkage',
      },
      weight: 20,
      maxScore: MAX,
    },
    {
      code: 'ART6_1_ACTIVITY',
      article: 'Art. 6(1)',
      title: {
        zhCN: '线下服务企业数量与信息服务活动',
        en: 'Enterprises served offline and information service activities',
      },
      weight: 20,
      maxScore: MAX,
    },
  ],
  TECHNOLOGY: [
    {
      code: 'ART6_2_RESOURCES',
      article: 'Art. 6(2)',
      title: {
        zhCN: '技术服务资源组织能力、专家库与项目库',
        en: 'Organising technical resources, expert and project databases',
      },
      weight: 20,
      maxScore: MAX,
    },
    {
      code: 'ART6_2_ACTIVITY',
      article: 'Art. 6(2)',
      title: { zhCN: '仪器设备开放共享与技术服务活动', en: 'Shared instruments and technology service activities' },
      weight: 20,
      maxScore: MAX,
    },
  ],
  STARTUP: [
    {
      code: 'ART6_3_COACHING',
      article: 'Art. 6(3)',
      title: {
        zhCN: '创业辅导能力、创业项目库、创业指南与服务热线',
        en: 'Startup coaching, project database, Startup Guide and hotline',
      },
      weight: 20,
      maxScore: MAX,
    },
    {
      code: 'ART6_3_EVENTS',
      article: 'Art. 6(3)',
      title: {
        zhCN: '政务代理服务与创业项目对接推介活动',
        en: 'Government-affairs agency and project matchmaking events',
      },
      weight: 20,
      maxScore: MAX,
    },
  ],
  TRAINING: [
    {
      code: 'ART6_4_CAPABILITY',
      article: 'Art. 6(4)',
      title: { zhCN: '培训资质及线上线下培训能力', en: 'Training qualification and online and offline training' },
      weight: 20,
      maxScore: MAX,
    },
    {
      code: 'ART6_4_VOLUME',
      article: 'Art. 6(4)',
      title: { zhCN: '培训评价机制与培训规模', en: 'Training evaluation and number of trainees' },
      weight: 20,
      maxScore: MAX,
    },
  ],
  FINANCING: [
    {
      code: 'ART6_5_ACTIVITY',
      article: 'Art. 6(5)',
      title: {
        zhCN: '投融资对接、融资策划、推荐与代理活动',
        en: 'Investment matchmaking, financing planning, recommendation and agency',
      },
      weight: 20,
      maxScore: MAX,
    },
    {
      code: 'ART6_5_VOLUME',
      article: 'Art. 6(5)',
      title: { zhCN: '促成融资额或新增担保额', en: 'Financing facilitated or new guarantees' },
      weight: 20,
      maxScore: MAX,
    },
  ],
};

/** The score sheet for one service function: Art. 5 (60 points) and that function's Art. 6 lines (40). */
export function rubricFor(fn: ServiceFunction): ReviewCriterion[] {
  return [...BASIC_CRITERIA, ...FUNCTION_CRITERIA[fn]].map((c) => ({ ...c }));
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The score sheet for an application declaring several functions: Art. 5 as for one function,
 * and the 40 points of Art. 6 shared equally among the declared functions (in Art. 4 order), so
 * the weights still sum to 100 and a platform with more functions is not scored on a larger scale.
 */
export function applicationRubric(functions: readonly ServiceFunction[]): ReviewCriterion[] {
  const declared = SERVICE_FUNCTIONS.filter((f) => functions.includes(f));
  if (declared.length === 0) return BASIC_CRITERIA.map((c) => ({ ...c, weight: round2((c.weight * 100) / 60) }));
  const share = 1 / declared.length;
  return [
    ...BASIC_CRITERIA.map((c) => ({ ...c })),
    ...declared.flatMap((f) => FUNCTION_CRITERIA[f].map((c) => ({ ...c, weight: c.weight * share }))),
  ];
}

export type CriterionScore = { criterion: string; score: number };

export type ScoreSheetError = DomainFailure<
  'UNKNOWN_CRITERION' | 'MISSING_CRITERION' | 'SCORE_OUT_OF_RANGE' | 'DUPLICATE_CRITERION'
>;

/** Every criterion of the rubric scored once, each within 0…maxScore. */
export function checkScores(
  rubric: readonly ReviewCriterion[],
  scores: readonly CriterionScore[],
): Result<CriterionScore[], ScoreSheetError> {
  const byCode = new Map(rubric.map((c) => [c.code, c]));
  const seen = new Set<string>();
  for (const s of scores) {
    const c = byCode.get(s.criterion);
    if (!c) {
      return err({
        code: 'UNKNOWN_CRITERION',
        article: 'Art. 8',
        message: {
          zhCN: `第八条：评分项“${s.criterion}”不在本申报的评分表中。`,
          en: `Art. 8: "${s.criterion}" is not a criterion of this application's score sheet.`,
        },
      });
    }
    if (seen.has(s.criterion)) {
      return err({
        code: 'DUPLICATE_CRITERION',
        article: 'Art. 8',
        message: {
          zhCN: `第八条：评分项“${c.title.zhCN}”重复评分。`,
          en: `Art. 8: "${c.title.en}" is scored more than once.`,
        },
      });
    }
    seen.add(s.criterion);
    if (!Number.isFinite(s.score) || s.score < 0 || s.score > c.maxScore) {
      return err({
        code: 'SCORE_OUT_OF_RANGE',
        article: 'Art. 8',
        message: {
          zhCN: `第八条：评分项“${c.title.zhCN}”的分值须在0至${c.maxScore}分之间。`,
          en: `Art. 8: the score for "${c.title.en}" must be between 0 and ${c.maxScore}.`,
        },
      });
    }
  }
  const missing = rubric.filter((c) => !seen.has(c.code));
  if (missing.length > 0) {
    return err({
      code: 'MISSING_CRITERION',
      article: 'Art. 8',
      message: {
        zhCN: `第八条：以下评分项尚未评分：${missing.map((c) => c.title.zhCN).join('、')}。`,
        en: `Art. 8: score every criterion; missing: ${missing.map((c) => c.title.en).join(', ')}.`,
      },
    });
  }
  return ok([...scores]);
}

/** Σ score / maxScore × weight, 0–100, to two decimals. Unscored criteria count as 0. */
export function weightedScore(rubric: readonly ReviewCriterion[], scores: readonly CriterionScore[]): number {
  const given = new Map(scores.map((s) => [s.criterion, s.score]));
  const total = rubric.reduce((sum, c) => sum + ((given.get(c.code) ?? 0) / c.maxScore) * c.weight, 0);
  return round2(total);
}

export type ReviewSummary = {
  /** Reviews submitted. */
  count: number;
  /** Mean of the reviewers' weighted scores; null before any review. */
  average: number | null;
  /** Highest minus lowest weighted score: a wide spread asks the panel to talk before deciding. */
  spread: number | null;
  pass: number;
  fail: number;
};

/** The panel's view of one application's submitted reviews. */
export function summariseReviews(
  reviews: readonly { weightedScore: number; recommendation: 'PASS' | 'FAIL' }[],
): ReviewSummary {
  if (reviews.length === 0) return { count: 0, average: null, spread: null, pass: 0, fail: 0 };
  const scores = reviews.map((r) => r.weightedScore);
  return {
    count: reviews.length,
    average: round2(scores.reduce((a, b) => a + b, 0) / scores.length),
    spread: round2(Math.max(...scores) - Math.min(...scores)),
    pass: reviews.filter((r) => r.recommendation === 'PASS').length,
    fail: reviews.filter((r) => r.recommendation === 'FAIL').length,
  };
}

/** A spread at or above this many points is flagged for the deciding administrator. */
export const WIDE_SPREAD_POINTS = 20;
