import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateZh, formatYesNoZh, formatYuanEn, formatYuanZh } from './format';

describe('Chinese figures', () => {
  it('writes the thresholds of the measures as they do: 300万元, 8亿元, 30亿元', () => {
    expect(formatYuanZh(3_000_000)).toBe('300万元');
    expect(formatYuanZh(800_000_000)).toBe('8亿元');
    expect(formatYuanZh(3_000_000_000)).toBe('30亿元');
    expect(formatYuanZh(123_450_000)).toBe('1.2345亿元');
  });

  it('keeps every fen: amounts that are not whole 万元 stay in 万元, small ones in 元', () => {
    expect(formatYuanZh(2_999_999.99)).toBe('299.999999万元');
    expect(formatYuanZh(799_999_999)).toBe('79,999.9999万元');
    expect(formatYuanZh(2_500_000)).toBe('250万元');
    expect(formatYuanZh(9_999.5)).toBe('9,999.5元');
    expect(formatYuanZh(0)).toBe('0元');
    expect(formatYuanZh(Number.NaN)).toBe('—');
    expect(formatYuanEn(3_000_000)).toBe('3,000,000 CNY');
  });

  it('never shows Latin letters or loses the amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (fen) => {
        const text = formatYuanZh(fen / 100);
        expect(text).not.toMatch(/[A-Za-z]/);
        const number = Number(text.replace(/[,万亿元]/g, ''));
        const scale = text.endsWith('亿元') ? 1e8 : text.endsWith('万元') ? 1e4 : 1;
        expect(Math.round(number * scale * 100)).toBe(fen);
      }),
    );
  });

  it('writes dates as 2026年11月25日 and yes/no as 是/否', () => {
    expect(formatDateZh('2026-11-25')).toBe('2026年11月25日');
    expect(formatDateZh('2027-02-01')).toBe('2027年2月1日');
    expect(formatYesNoZh(true)).toBe('是');
    expect(formatYesNoZh(false)).toBe('否');
  });
});
