import { describe, expect, it } from 'vitest';
import { formatChineseDate } from './chinese-format';

describe('formatChineseDate', () => {
  it('writes year, month and day without leading zeros', () => {
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(formatChineseDate('2026-11-25')).toBe('2026年11月25日');
  });
});
