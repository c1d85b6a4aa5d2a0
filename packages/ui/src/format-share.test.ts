import { describe, expect, it } from 'vitest';
import { formatFraction, formatShare } from './format-share';

describe('formatShare', () => {
  it('shows a share as a percentage with at most one decimal', () => {
    expect(formatShare(3, 7)).toBe('42.9%');
    expect(formatShare(1, 4)).toBe('25%');
    expect(formatShare(2, 3)).toBe('66.7%');
    expect(formatShare(5, 5)).toBe('100%');
    expect(formatShare(0, 5)).toBe('0%');
  });

  it('has no share of nothing: no services recorded is a dash, not 0%', () => {
    expect(formatShare(0, 0)).toBe('—');
    expect(formatShare(1, Number.NaN)).toBe('—');
  });

  it('reads a fraction the same way', () => {
    expect(formatFraction(3 / 7)).toBe('42.9%');
    expect(formatFraction(0.25)).toBe('25%');
    expect(formatFraction(null)).toBe('—');
  });
});
