import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICE_FUNCTIONS, type ServiceFunction } from '../eligibility/service-function';
import { applicationRubric, checkScores, rubricFor, summariseReviews, weightedScore } from './rubric';

const sum = (ns: number[]): number => ns.reduce((a, b) => a + b, 0);

describe('review rubric (Arts. 5 and 6)', () => {
  it.each(SERVICE_FUNCTIONS)('the %s sheet has Art. 5 lines and its own Art. 6 lines, weights summing to 100', (fn) => {
    const rubric = rubricFor(fn);
    expect(sum(rubric.map((c) => c.weight))).toBe(100);
    expect(rubric.filter((c) => c.article.startsWith('Art. 5')).map((c) => c.article)).toEqual([
      'Art. 5(1)',
      'Art. 5(2)',
      'Art. 5(3)',
      'Art. 5(4)',
      'Art. 5(5)',
    ]);
    const own = rubric.filter((c) => c.article.startsWith('Art. 6'));
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((c) => c.article)).size).toBe(1);
    expect(new Set(rubric.map((c) => c.code)).size).toBe(rubric.length);
    for (const c of rubric) {
      expect(c.maxScore).toBeGreaterThan(0);
      expect(c.title.zhCN).toMatch(/[\u4e00-\u9fff]/);
      expect(c.title.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('an application with several functions shares the Art. 6 points among them: still 100 in all', () => {
    fc.assert(
      fc.property(fc.subarray([...SERVICE_FUNCTIONS], { minLength: 1 }), (fns: ServiceFunction[]) => {
        const rubric = applicationRubric(fns);
        expect(sum(rubric.map((c) => c.weight))).toBeCloseTo(100, 9);
        for (const fn of fns) expect(rubric.some((c) => c.article === rubricFor(fn).at(-1)?.article)).toBe(true);
      }),
    );
  });

  it('full marks weigh 100, nothing weighs 0, and a half everywhere weighs 50', () => {
    const rubric = applicationRubric(['INFORMATION', 'FINANCING']);
    expect(
      weightedScore(
        rubric,
        rubric.map((c) => ({ criterion: c.code, score: c.maxScore })),
      ),
    ).toBe(100);
    expect(
      weightedScore(
        rubric,
        rubric.map((c) => ({ criterion: c.code, score: 0 })),
      ),
    ).toBe(0);
    expect(
      weightedScore(
        rubric,
        rubric.map((c) => ({ criterion: c.code, score: c.maxScore / 2 })),
      ),
    ).toBe(50);
  });

  it('a heavier criterion moves the weighted score more', () => {
    const rubric = rubricFor('TRAINING');
    const heavy = rubric.find((c) => c.weight === 20)!;
    const light = rubric.find((c) => c.weight === 10)!;
    const base = rubric.map((c) => ({ criterion: c.code, score: 5 }));
    const raise = (code: string) => base.map((s) => (s.criterion === code ? { ...s, score: 10 } : s));
    expect(weightedScore(rubric, raise(heavy.code))).toBeGreaterThan(weightedScore(rubric, raise(light.code)));
  });

  it('refuses a score sheet with an unknown, missing, repeated or out-of-range line, naming Art. 8', () => {
    const rubric = rubricFor('STARTUP');
    const full = rubric.map((c) => ({ criterion: c.code, score: 7 }));
    expect(checkScores(rubric, full).ok).toBe(true);
    const bad = [
      [...full, { criterion: 'NOPE', score: 1 }],
      full.slice(1),
      [...full, full[0]!],
      full.map((s, i) => (i === 0 ? { ...s, score: 11 } : s)),
      full.map((s, i) => (i === 0 ? { ...s, score: -1 } : s)),
    ];
    const codes = bad.map((scores) => {
      const r = checkScores(rubric, scores);
      if (r.ok) throw new Error('accepted');
      expect(r.error.article).toBe('Art. 8');
      return r.error.code;
    });
    expect(codes).toEqual([
      'UNKNOWN_CRITERION',
      'MISSING_CRITERION',
      'DUPLICATE_CRITERION',
      'SCORE_OUT_OF_RANGE',
      'SCORE_OUT_OF_RANGE',
    ]);
  });

  it('summarises a panel: average, spread between highest and lowest, pass and fail counts', () => {
    expect(summariseReviews([])).toEqual({ count: 0, average: null, spread: null, pass: 0, fail: 0 });
    expect(
      summariseReviews([
        { weightedScore: 80, recommendation: 'PASS' },
        { weightedScore: 62.5, recommendation: 'FAIL' },
        { weightedScore: 71, recommendation: 'PASS' },
      ]),
    ).toEqual({ count: 3, average: 71.17, spread: 17.5, pass: 2, fail: 1 });
  });
});
