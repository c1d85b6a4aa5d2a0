import { describe, expect, it } from 'vitest';
import { checkRoundOpen, isRoundOpenForSubmission, roundOpenOn, validateRound, type Round } from './round';

const r1: Round = {
  year: 2026,
  sequence: 1,
  opensOn: '2026-03-01',
  submissionDeadline: '2026-04-30',
  reviewEndsOn: '2026-06-30',
};
const r2: Round = {
  year: 2026,
  sequence: 2,
  opensOn: '2026-09-01',
  submissionDeadline: '2026-10-31',
  reviewEndsOn: '2026-12-15',
};

const codes = (round: Round, existing: Round[]): string[] => {
  const r = validateRound(round, existing);
  return r.ok ? [] : r.error.map((e) => e.code);
};

describe('rounds (Art. 10)', () => {
  it('accepts two non-overlapping rounds in a year', () => {
    expect(validateRound(r1, [])).toEqual({ ok: true, value: r1 });
    expect(codes(r2, [r1])).toEqual([]);
  });

  it('refuses a third round in the same year', () => {
    const third: Round = {
      year: 2026,
      sequence: 2,
      opensOn: '2026-12-20',
      submissionDeadline: '2026-12-25',
      reviewEndsOn: '2026-12-31',
    };
    expect(codes(third, [r1, r2])).toEqual(['DUPLICATE_SEQUENCE', 'TOO_MANY_ROUNDS']);
  });

  it('refuses overlap, including a single shared day', () => {
    expect(codes({ ...r2, opensOn: '2026-06-30' }, [r1])).toEqual(['OVERLAPPING_ROUNDS']);
    expect(codes({ ...r2, opensOn: '2026-07-01' }, [r1])).toEqual([]);
    // Overlap with the previous year's second round counts too.
    const lastYear: Round = {
      year: 2025,
      sequence: 2,
      opensOn: '2025-11-01',
      submissionDeadline: '2025-12-01',
      reviewEndsOn: '2026-03-01',
    };
    expect(codes(r1, [lastYear])).toEqual(['OVERLAPPING_ROUNDS']);
  });

  it('requires opensOn ≤ submissionDeadline ≤ reviewEndsOn, allowing equal days', () => {
    expect(codes({ ...r1, submissionDeadline: '2026-02-28' }, [])).toEqual(['DATES_OUT_OF_ORDER']);
    expect(codes({ ...r1, reviewEndsOn: '2026-04-29' }, [])).toEqual(['DATES_OUT_OF_ORDER']);
    expect(codes({ ...r1, submissionDeadline: '2026-03-01', reviewEndsOn: '2026-03-01' }, [])).toEqual([]);
  });

  it('checks the year and sequence, and rejects malformed dates', () => {
    expect(codes({ ...r1, year: 2025 }, [])).toEqual(['OPENS_OUTSIDE_YEAR']);
    expect(codes({ ...r1, sequence: 3 }, [])).toEqual(['INVALID_SEQUENCE']);
    expect(codes({ ...r1, opensOn: '2026-02-30' }, [])).toEqual(['INVALID_DATE']);
  });

  it('names Art. 10 in every failure, in both languages', () => {
    const r = validateRound({ ...r2, opensOn: '2026-05-01' }, [r1]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      for (const e of r.error) {
        expect(e.article).toBe('Art. 10');
        expect(e.message.zhCN).toMatch(/^第十条/);
        expect(e.message.en).toMatch(/^Art\. 10/);
      }
      expect(r.error[0]?.conflictsWith).toEqual({ year: 2026, sequence: 1 });
    }
  });

  it('is open from opensOn through the deadline, inclusive', () => {
    expect(isRoundOpenForSubmission(r1, '2026-02-28')).toBe(false);
    expect(isRoundOpenForSubmission(r1, '2026-03-01')).toBe(true);
    expect(isRoundOpenForSubmission(r1, '2026-04-30')).toBe(true);
    expect(isRoundOpenForSubmission(r1, '2026-05-01')).toBe(false);
    expect(roundOpenOn([r1, r2], '2026-09-15')).toBe(r2);
    expect(roundOpenOn([r1, r2], '2026-07-15')).toBeNull();
    const early = checkRoundOpen(r1, '2026-02-01');
    expect(!early.ok && early.error.message.en).toContain('opens');
    const late = checkRoundOpen(r1, '2026-05-01');
    expect(!late.ok && late.error).toMatchObject({ code: 'ROUND_CLOSED', article: 'Art. 10' });
  });
});
