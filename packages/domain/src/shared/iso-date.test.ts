import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  anniversary,
  compareIsoDates,
  dayOfWeek,
  eachDay,
  fromEpochDay,
  isIsoDate,
  parseIsoDate,
  toEpochDay,
} from './iso-date';
import { groupThousands } from './message';

describe('IsoDate helpers', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(() => parseIsoDate('2025-04-31')).toThrow(RangeError);
  });

  it('does day arithmetic across month, year and leap-day ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(dayOfWeek('2025-01-26')).toBe(0); // Sunday
    expect(dayOfWeek('2025-02-08')).toBe(6); // Saturday
    expect(dayOfWeek('1969-12-31')).toBe(3); // before the epoch too
    expect(eachDay('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(eachDay('2024-03-01', '2024-02-28')).toEqual([]);
  });

  it('rolls a 29 February anniversary in a common year forward to 1 March', () => {
    expect(anniversary('2024-02-29', 1)).toBe('2025-03-01');
    expect(anniversary('2024-02-29', 4)).toBe('2028-02-29');
    expect(anniversary('2024-03-01', 2)).toBe('2026-03-01');
    expect(anniversary('2025-12-31', 3)).toBe('2028-12-31');
  });

  it('property: epoch-day conversion round-trips and orders like the strings', () => {
    const day = fc.integer({ min: -200_000, max: 200_000 });
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(toEpochDay(fromEpochDay(a))).toBe(a);
        expect(Math.sign(compareIsoDates(fromEpochDay(a), fromEpochDay(b)))).toBe(Math.sign(a - b));
      }),
    );
  });

  it('groups thousands without locale data', () => {
    expect(groupThousands(3_000_000)).toBe('3,000,000');
    expect(groupThousands(2_999_999.99)).toBe('2,999,999.99');
    expect(groupThousands(-1234)).toBe('-1,234');
    expect(groupThousands(999)).toBe('999');
  });
});
