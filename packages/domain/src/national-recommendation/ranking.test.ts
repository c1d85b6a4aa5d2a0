import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  DEFAULT_RECOMMENDATION_WEIGHTS,
  rankCandidates,
  scoreComponents,
  scoreOf,
  type CandidateFacts,
} from './ranking';

const on = '2026-12-08';
const base: CandidateFacts = {
  id: 'a',
  certificateNumber: 'SME-2024-0001',
  firstAwardedOn: '2023-12-08',
  reviewScore: 80,
  reports: [
    { year: 2024, enterprisesServed: 100, publicWelfareServices: 2, servicesRecorded: 10 },
    { year: 2025, enterprisesServed: 150, publicWelfareServices: 3, servicesRecorded: 10 },
  ],
  activitiesAttended: 2,
  activitiesHeld: 4,
  spotChecks: { passed: 1, failed: 0 },
};
const valueOf = (facts: CandidateFacts, name: string) =>
  scoreComponents(facts, DEFAULT_RECOMMENDATION_WEIGHTS, on).find((c) => c.name === name)?.value;

describe('score components (Art. 14, software reading)', () => {
  it('normalises each component to 0–1 from its figure', () => {
    const components = scoreComponents(base, DEFAULT_RECOMMENDATION_WEIGHTS, on);
    expect(Object.fromEntries(components.map((c) => [c.name, c.value]))).toEqual({
      REVIEW_SCORE: 0.8,
      SERVICE_GROWTH: 0.75, // +50 % → (0.5 + 1) / 2
      PUBLIC_WELFARE_SHARE: 0.25, // 5 of 20 services
      ACTIVITIES_ATTENDED: 0.5,
      SPOT_CHECK_RESULTS: 1,
      YEARS_HELD: expect.closeTo(3 / 6, 2),
    });
    expect(components.map((c) => c.weight)).toEqual([30, 20, 20, 10, 10, 10]);
  });
  it('gives no credit without evidence, but does not punish a platform never spot-checked', () => {
    const bare = {
      ...base,
      reviewScore: null,
      reports: [],
      activitiesHeld: 0,
      activitiesAttended: 0,
      spotChecks: { passed: 0, failed: 0 },
    };
    expect(valueOf(bare, 'REVIEW_SCORE')).toBe(0);
    expect(valueOf(bare, 'SERVICE_GROWTH')).toBe(0);
    expect(valueOf(bare, 'PUBLIC_WELFARE_SHARE')).toBe(0);
    expect(valueOf(bare, 'ACTIVITIES_ATTENDED')).toBe(0);
    expect(valueOf(bare, 'SPOT_CHECK_RESULTS')).toBe(1);
    expect(valueOf({ ...base, spotChecks: { passed: 1, failed: 1 } }, 'SPOT_CHECK_RESULTS')).toBe(0.5);
  });
  it('clamps growth at ±100 % and caps the years held at six', () => {
    const grew = { ...base, reports: [base.reports[0]!, { ...base.reports[1]!, enterprisesServed: 900 }] };
    expect(valueOf(grew, 'SERVICE_GROWTH')).toBe(1);
    const shrank = { ...base, reports: [base.reports[0]!, { ...base.reports[1]!, enterprisesServed: 0 }] };
    expect(valueOf(shrank, 'SERVICE_GROWTH')).toBe(0);
    expect(valueOf({ ...base, firstAwardedOn: '2010-01-01' }, 'YEARS_HELD')).toBe(1);
  });
  it('makes the score the weighted mean on 0–100', () => {
    const components = scoreComponents(base, DEFAULT_RECOMMENDATION_WEIGHTS, on);
    const expected = ((30 * 0.8 + 20 * 0.75 + 20 * 0.25 + 10 * 0.5 + 10 * 1 + 10 * components[5]!.value) / 100) * 100;
    expect(scoreOf(components)).toBeCloseTo(expected, 9);
  });
});

describe('rankCandidates', () => {
  it('orders by score, best first, numbering from 1', () => {
    const weak = { ...base, id: 'b', certificateNumber: 'SME-2024-0002', reviewScore: 60 };
    const strong = { ...base, id: 'c', certificateNumber: 'SME-2024-0003', reviewScore: 95 };
    expect(rankCandidates([weak, base, strong], DEFAULT_RECOMMENDATION_WEIGHTS, on).map((c) => [c.id, c.rank])).toEqual(
      [
        ['c', 1],
        ['a', 2],
        ['b', 3],
      ],
    );
  });
  it('breaks ties by the earlier first award, then by certificate number', () => {
    const onlyReview = {
      ...DEFAULT_RECOMMENDATION_WEIGHTS,
      SERVICE_GROWTH: 0,
      PUBLIC_WELFARE_SHARE: 0,
      ACTIVITIES_ATTENDED: 0,
      SPOT_CHECK_RESULTS: 0,
      YEARS_HELD: 0,
    };
    const older = { ...base, id: 'x', certificateNumber: 'SME-2022-0009', firstAwardedOn: '2022-01-01' };
    const twin = { ...base, id: 'y', certificateNumber: 'SME-2025-0001' };
    const ranked = rankCandidates([twin, base, older], onlyReview, on);
    expect(ranked.map((c) => c.id)).toEqual(['x', 'a', 'y']);
    expect(new Set(ranked.map((c) => c.score)).size).toBe(1);
  });
  it('changes the order when the weights change', () => {
    const reviewed = { ...base, id: 'r', certificateNumber: 'R', reviewScore: 100, activitiesAttended: 0 };
    const active = { ...base, id: 's', certificateNumber: 'S', reviewScore: 50, activitiesAttended: 4 };
    const byReview = rankCandidates([active, reviewed], DEFAULT_RECOMMENDATION_WEIGHTS, on);
    expect(byReview[0]?.id).toBe('r');
    const byActivity = rankCandidates(
      [active, reviewed],
      { ...DEFAULT_RECOMMENDATION_WEIGHTS, REVIEW_SCORE: 5, ACTIVITIES_ATTENDED: 60 },
      on,
    );
    expect(byActivity[0]?.id).toBe('s');
  });
});

describe('checkWeights', () => {
  it('wants every component weighted 0–100, not all zero', () => {
    expect(checkWeights(DEFAULT_RECOMMENDATION_WEIGHTS)).toBeNull();
    expect(checkWeights({ ...DEFAULT_RECOMMENDATION_WEIGHTS, YEARS_HELD: -1 })?.code).toBe('INVALID_WEIGHTS');
    expect(checkWeights({ REVIEW_SCORE: 1 })?.code).toBe('INVALID_WEIGHTS');
    expect(checkWeights({ ...DEFAULT_RECOMMENDATION_WEIGHTS, BOGUS: 1 })?.code).toBe('INVALID_WEIGHTS');
    const zero = Object.fromEntries(Object.keys(DEFAULT_RECOMMENDATION_WEIGHTS).map((k) => [k, 0]));
    expect(checkWeights(zero)?.article).toBe('software');
  });
});
