import { describe, expect, it } from 'vitest';
import { monthGrid, parseYear, scheduleState, summariseYear, weekdayIndex } from './month-grid';

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with nulls', () => {
    // 1 February 2027 is a Monday; 28 February a Sunday: exactly four full weeks
    const february = monthGrid(2027, 2);
    expect(february).toHaveLength(4);
    expect(february[0]).toEqual([
      '2027-02-01',
      '2027-02-02',
      '2027-02-03',
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
    ]);
    // 1 January 2027 is a Friday
    const january = monthGrid(2027, 1);
    expect(january[0]).toEqual([null, null, null, null, '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(january.at(-1)).toEqual([
      '2027-01-25',
      '2027-01-26',
      '2027-01-27',
      '2027-01-28',
      '2027-01-29',
      '2027-01-30',
      '2027-01-31',
    ]);
  });

  it('holds every day of every month exactly once, in order, in the right column', () => {
    for (const year of [2024, 2026, 2027, 2100]) {
      const days = Array.from({ length: 12 }, (_, i) => monthGrid(year, i + 1)).flatMap((weeks) =>
        weeks.flatMap((week) => {
          expect(week).toHaveLength(7);
          return week.flatMap((cell, column) => {
            if (cell) expect(weekdayIndex(cell)).toBe(column);
            return cell ? [cell] : [];
          });
        }),
      );
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      expect(days).toHaveLength(leap ? 366 : 365);
      expect([...days].sort()).toEqual(days);
      expect(new Set(days).size).toBe(days.length);
    }
  });

  it('knows February 29 only in leap years', () => {
    expect(monthGrid(2028, 2).flat()).toContain('2028-02-29');
    expect(monthGrid(2100, 2).flat()).not.toContain('2100-02-29');
  });
});

describe('parseYear', () => {
  it('accepts four-digit years the API serves and nothing else', () => {
    expect(parseYear('2027')).toBe(2027);
    for (const bad of [null, '', '27', '2027x', '1999', '2101', '-2027']) expect(parseYear(bad)).toBeNull();
  });
});

describe('scheduleState', () => {
  const day = (source: string, isWorkingDay: boolean) => ({ source, isWorkingDay });

  it('counts working days, holidays, make-up days and overrides', () => {
    const summary = summariseYear([
      day('WEEKDAY', true),
      day('PUBLIC_HOLIDAY', false),
      day('MAKEUP_WORKING_DAY', true),
      day('OVERRIDE', false),
      day('WEEKEND', false),
    ]);
    expect(summary).toEqual({ workingDays: 2, holidays: 1, makeUpDays: 1, overrides: 1 });
    expect(scheduleState(summary)).toBe('BUILT_IN');
  });

  it('flags a year with no statutory schedule until administrators enter one', () => {
    const plain = [day('WEEKDAY', true), day('WEEKEND', false)];
    expect(scheduleState(summariseYear(plain))).toBe('MISSING');
    expect(scheduleState(summariseYear([...plain, day('OVERRIDE', false)]))).toBe('OVERRIDES_ONLY');
  });
});
