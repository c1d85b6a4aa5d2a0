import { describe, expect, it } from 'vitest';
import { scoreProblem } from './score-bounds';

describe('scoreProblem', () => {
  it('refuses a score above the maximum instead of lowering it', () => {
    expect(scoreProblem(11, 10)).toBe('aboveMax');
    expect(scoreProblem(10, 10)).toBeNull();
    expect(scoreProblem(-1, 10)).toBe('belowZero');
    expect(scoreProblem(undefined, 10)).toBeNull();
  });
});
