import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIsoDate } from './iso-date';

describe('checkIsoDate', () => {
  it('accepts real days in 2000–2100', () => {
    expect(checkIsoDate('2000-01-01')).toBe('ok');
    expect(checkIsoDate('2024-02-29')).toBe('ok');
    expect(checkIsoDate('2100-12-31')).toBe('ok');
  });

  it('rejects years outside the range instead of changing them', () => {
    expect(checkIsoDate('1999-12-31')).toBe('outOfRange');
    expect(checkIsoDate('2101-01-01')).toBe('outOfRange');
    expect(checkIsoDate('0202-05-01')).toBe('outOfRange');
  });

  it('rejects days that do not exist and other shapes', () => {
    expect(checkIsoDate('2026-02-29')).toBe('invalid');
    expect(checkIsoDate('2026-13-01')).toBe('invalid');
    expect(checkIsoDate('2026/01/01')).toBe('invalid');
    expect(checkIsoDate('20260101')).toBe('invalid');
  });

  it('treats nothing as empty (required is a separate rule)', () => {
    expect(checkIsoDate('')).toBe('empty');
    expect(checkIsoDate(undefined)).toBe('empty');
  });

  it('agrees with the calendar for every day of the supported years', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
        (date) => {
          expect(checkIsoDate(date.toISOString().slice(0, 10))).toBe('ok');
        },
      ),
    );
  });
});
