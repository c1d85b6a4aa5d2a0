import { toEpochDay, type IsoDate } from '../shared/iso-date';
import type { DomainFailure, Message } from '../shared/message';

/**
 * Art. 14: 协会择优推荐申报国家级示范平台. The measures say "the best" and no more; the software
 * reads it as a score made of named components, each normalised to 0–1 so that no component
 * outweighs another by its unit, then weighted by weights an administrator sets (and the weights
 * used are recorded with every recommendation made from a ranking). The score is 0–100.
 *
 * The components and their normalisation (a component without evidence scores 0, "no evidence,
 * no credit", except spot checks: being drawn is chance, so only a failure lowers it):
 * - REVIEW_SCORE: the mean of the reviewers' weighted scores (0–100) on the application that won
 *   the title, ÷ 100. Titles imported from before this system have no review: 0.
 * - SERVICE_GROWTH: enterprises served in the latest accepted annual report against the one
 *   before it: growth g = (latest − earlier) ÷ earlier, clamped to −100 %…+100 % and mapped to
 *   0–1 as (g + 1) ÷ 2 (unchanged = 0.5; from 0 to more = 1). Fewer than two accepted reports: 0.
 * - PUBLIC_WELFARE_SHARE: public-welfare services ÷ services recorded, over the accepted reports (0–1).
 * - ACTIVITIES_ATTENDED: association activities attended ÷ activities held since the award (0–1).
 * - SPOT_CHECK_RESULTS: passed ÷ decided spot checks; 1 when none was decided.
 * - YEARS_HELD: years since the platform's first award (through renewals), capped at 6 (two
 *   terms of Art. 11), ÷ 6.
 * Ties are broken deterministically: the higher score, then the earlier first award, then the
 * certificate number (ascending).
 */
export const SCORE_COMPONENTS = [
  'REVIEW_SCORE',
  'SERVICE_GROWTH',
  'PUBLIC_WELFARE_SHARE',
  'ACTIVITIES_ATTENDED',
  'SPOT_CHECK_RESULTS',
  'YEARS_HELD',
] as const;
export type ScoreComponentName = (typeof SCORE_COMPONENTS)[number];

export const SCORE_COMPONENT_NAMES: Record<ScoreComponentName, Message> = {
  REVIEW_SCORE: { zhCN: '认定评审得分', en: 'Review score at award' },
  SERVICE_GROWTH: { zhCN: '服务企业数增长', en: 'Growth in enterprises served' },
  PUBLIC_WELFARE_SHARE: { zhCN: '公益性服务占比', en: 'Public-welfare share' },
  ACTIVITIES_ATTENDED: { zhCN: '参加协会活动', en: 'Association activities attended' },
  SPOT_CHECK_RESULTS: { zhCN: '抽查结果', en: 'Spot-check results' },
  YEARS_HELD: { zhCN: '获评年限', en: 'Years held' },
};

export type RecommendationWeights = Record<ScoreComponentName, number>;

/** The built-in weights (sum 100), in force until an administrator sets others. */
export const DEFAULT_RECOMMENDATION_WEIGHTS: RecommendationWeights = {
  REVIEW_SCORE: 30,
  SERVICE_GROWTH: 20,
  PUBLIC_WELFARE_SHARE: 20,
  ACTIVITIES_ATTENDED: 10,
  SPOT_CHECK_RESULTS: 10,
  YEARS_HELD: 10,
};

export const YEARS_HELD_CAP = 6;

export type CandidateFacts = {
  id: string;
  certificateNumber: string;
  /** The first award of the platform's title lineage (renewals keep it). */
  firstAwardedOn: IsoDate;
  /** Mean weighted review score (0–100) of the application that won the title; null when none. */
  reviewScore: number | null;
  /** The accepted annual reports. */
  reports: readonly {
    year: number;
    enterprisesServed: number;
    publicWelfareServices: number;
    servicesRecorded: number;
  }[];
  activitiesAttended: number;
  /** Association activities held since the award, up to the day. */
  activitiesHeld: number;
  spotChecks: { passed: number; failed: number };
};

export type ScoreComponent = {
  name: ScoreComponentName;
  /** Normalised, 0–1. */
  value: number;
  weight: number;
  /** The figure it was normalised from (a score, a growth rate, a share, a count, years), or null. */
  raw: number | null;
};

export type RankedCandidate = { id: string; rank: number; score: number; components: ScoreComponent[] };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function scoreComponents(facts: CandidateFacts, weights: RecommendationWeights, on: IsoDate): ScoreComponent[] {
  const reports = [...facts.reports].sort((a, b) => a.year - b.year);
  const latest = reports.at(-1);
  const earlier = reports.at(-2);
  let growth: number | null = null;
  if (latest && earlier) {
    growth =
      earlier.enterprisesServed === 0
        ? latest.enterprisesServed > 0
          ? 1
          : 0
        : (latest.enterprisesServed - earlier.enterprisesServed) / earlier.enterprisesServed;
  }
  const services = reports.reduce((s, r) => s + r.servicesRecorded, 0);
  const publicWelfare = reports.reduce((s, r) => s + r.publicWelfareServices, 0);
  const share = services === 0 ? null : publicWelfare / services;
  const attendance = facts.activitiesHeld === 0 ? null : facts.activitiesAttended / facts.activitiesHeld;
  const decided = facts.spotChecks.passed + facts.spotChecks.failed;
  const checks = decided === 0 ? null : facts.spotChecks.passed / decided;
  const years = Math.max(0, (toEpochDay(on) - toEpochDay(facts.firstAwardedOn)) / 365.25);

  const values: Record<ScoreComponentName, { value: number; raw: number | null }> = {
    REVIEW_SCORE: { value: facts.reviewScore === null ? 0 : clamp01(facts.reviewScore / 100), raw: facts.reviewScore },
    SERVICE_GROWTH: { value: growth === null ? 0 : clamp01((Math.max(-1, Math.min(1, growth)) + 1) / 2), raw: growth },
    PUBLIC_WELFARE_SHARE: { value: share === null ? 0 : clamp01(share), raw: share },
    ACTIVITIES_ATTENDED: { value: attendance === null ? 0 : clamp01(attendance), raw: facts.activitiesAttended },
    SPOT_CHECK_RESULTS: { value: checks === null ? 1 : checks, raw: decided === 0 ? null : checks },
    YEARS_HELD: { value: Math.min(years, YEARS_HELD_CAP) / YEARS_HELD_CAP, raw: years },
  };
  return SCORE_COMPONENTS.map((name) => ({ name, weight: weights[name], ...values[name] }));
}

/** 0–100: the weighted mean of the components' values. */
export function scoreOf(components: readonly ScoreComponent[]): number {
  const total = components.reduce((s, c) => s + c.weight, 0);
  if (total <= 0) return 0;
  return (100 * components.reduce((s, c) => s + c.weight * c.value, 0)) / total;
}

/** The candidates ranked best first; equal scores share no rank (ties broken as documented above). */
export function rankCandidates(
  candidates: readonly CandidateFacts[],
  weights: RecommendationWeights,
  on: IsoDate,
): RankedCandidate[] {
  const scored = candidates.map((facts) => {
    const components = scoreComponents(facts, weights, on);
    return { facts, components, score: scoreOf(components) };
  });
  // Scores compared to 1e-9 so that float noise never decides a place.
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  scored.sort(
    (a, b) =>
      (same(a.score, b.score) ? 0 : b.score - a.score) ||
      compare(a.facts.firstAwardedOn, b.facts.firstAwardedOn) ||
      compare(a.facts.certificateNumber, b.facts.certificateNumber) ||
      compare(a.facts.id, b.facts.id),
  );
  return scored.map((s, index) => ({ id: s.facts.id, rank: index + 1, score: s.score, components: s.components }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type WeightsError = DomainFailure<'INVALID_WEIGHTS'>;

/** Weights are finite, 0–100 each, and not all zero; every component has one. */
export function checkWeights(weights: Partial<Record<string, number>>): WeightsError | null {
  const values = SCORE_COMPONENTS.map((n) => weights[n]);
  const unknown = Object.keys(weights).filter((k) => !(SCORE_COMPONENTS as readonly string[]).includes(k));
  const bad =
    unknown.length > 0 ||
    values.some((v) => v === undefined || !Number.isFinite(v) || v < 0 || v > 100) ||
    values.every((v) => v === 0);
  if (!bad) return null;
  return {
    code: 'INVALID_WEIGHTS',
    article: 'software',
    message: {
      zhCN: `系统规则：每项权重应在0到100之间，且不能全部为0；须为以下各项设定权重：${SCORE_COMPONENTS.map((n) => SCORE_COMPONENT_NAMES[n].zhCN).join('、')}。`,
      en: `Software rule: each weight is between 0 and 100 and not all are 0; every component needs one: ${SCORE_COMPONENTS.map((n) => SCORE_COMPONENT_NAMES[n].en).join(', ')}.`,
    },
  };
}
