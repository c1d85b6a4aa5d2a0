import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, toEpochDay } from '../shared/iso-date';
import { calendarYearsToConfirm, createWorkingDayCalendar } from './working-day-calendar';

const calendar = createWorkingDayCalendar();

// Checked against the State Council's annual schedules (国务院办公厅关于…年部分节假日安排的通知).
const HOLIDAYS = [
  '2024-01-01',
  '2024-02-10',
  '2024-02-12',
  '2024-02-17', // Spring Festival 2024: 10–17 Feb
  '2024-05-01',
  '2024-05-05',
  '2024-09-16',
  '2024-09-17', // Mid-Autumn 2024 (Mon, Tue)
  '2024-10-01',
  '2024-10-04',
  '2024-10-07', // National Day 2024: 1–7 Oct
  '2025-01-01',
  '2025-01-28',
  '2025-02-03',
  '2025-02-04', // Spring Festival 2025: 28 Jan – 4 Feb
  '2025-05-05',
  '2025-06-02',
  '2025-10-01',
  '2025-10-06',
  '2025-10-08', // National Day + Mid-Autumn 2025: 1–8 Oct
  '2026-01-02', // New Year 2026: 1–3 Jan
  '2026-02-16',
  '2026-02-23', // Spring Festival 2026: 15–23 Feb
  '2026-10-01',
  '2026-10-07',
];
const MAKE_UP_WORKING_DAYS = [
  '2024-02-04',
  '2024-02-18', // Sundays
  '2024-04-07',
  '2024-04-28',
  '2024-05-11',
  '2024-09-14',
  '2024-09-29',
  '2024-10-12', // Sunday and Saturday around National Day 2024
  '2025-01-26',
  '2025-02-08', // Sunday and Saturday around Spring Festival 2025
  '2025-04-27',
  '2025-09-28',
  '2025-10-11',
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
];

describe('WorkingDayCalendar (built-in chinese-days data)', () => {
  it.each(HOLIDAYS)('%s is a public holiday', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.dayDetail(date).source).toBe('PUBLIC_HOLIDAY');
  });

  it.each(MAKE_UP_WORKING_DAYS)('%s is a make-up working day on a weekend', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(true);
    expect(calendar.dayDetail(date).source).toBe('MAKEUP_WORKING_DAY');
  });

  it('keeps ordinary weekdays and weekends', () => {
    expect(calendar.isWorkingDay('2025-01-27')).toBe(true); // Monday before Spring Festival
    expect(calendar.isWorkingDay('2024-02-09')).toBe(true); // 除夕 2024 was not a statutory holiday
    expect(calendar.isWorkingDay('2025-01-25')).toBe(false); // Saturday
    expect(calendar.dayDetail('2025-03-16')).toEqual({
      date: '2025-03-16',
      isWorkingDay: false,
      source: 'WEEKEND',
      note: null,
      holidayName: null,
    });
    expect(calendar.dayDetail('2024-10-01').note).toBe('国庆节 / National Day');
    expect(calendar.dayDetail('2024-10-01').holidayName).toEqual({ zhCN: '国庆节', en: 'National Day' });
  });

  it('covers 2024–2026 from built-in data and defaults other years to Monday–Friday', () => {
    expect(calendar.builtInYears).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    expect(calendar.builtInYears).not.toContain(2030);
    expect(calendar.isWorkingDay('2030-10-01')).toBe(true); // a Tuesday; nobody has published 2030 yet
    expect(calendar.isWorkingDay('2030-10-05')).toBe(false); // Saturday
  });

  it('lets administrator overrides win over built-in data', () => {
    const edited = createWorkingDayCalendar([
      { date: '2025-01-26', isWorkingDay: false, note: 'test: make-up day cancelled' },
      { date: '2025-10-08', isWorkingDay: true, note: 'test: holiday cancelled' },
      { date: '2030-10-01', isWorkingDay: false, note: '国庆节' },
    ]);
    expect(edited.isWorkingDay('2025-01-26')).toBe(false);
    expect(edited.isWorkingDay('2025-10-08')).toBe(true);
    expect(edited.dayDetail('2030-10-01')).toEqual({
      date: '2030-10-01',
      isWorkingDay: false,
      source: 'OVERRIDE',
      note: '国庆节',
      holidayName: null,
    });
    // Later override for the same date wins.
    const twice = createWorkingDayCalendar([
      { date: '2027-01-01', isWorkingDay: true, note: 'draft' },
      { date: '2027-01-01', isWorkingDay: false, note: '元旦' },
    ]);
    expect(twice.isWorkingDay('2027-01-01')).toBe(false);
    expect(() => createWorkingDayCalendar([{ date: '2027-02-30', isWorkingDay: false, note: '' }])).toThrow(RangeError);
  });

  it('gives the same answers whatever the process time zone', () => {
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
    const original = env.TZ;
    const dates = [...HOLIDAYS, ...MAKE_UP_WORKING_DAYS, '2025-01-27', '2024-09-30', '2026-03-02'];
    const reference = dates.map((d) => calendar.isWorkingDay(d));
    try {
      for (const tz of ['America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai', 'Pacific/Pago_Pago']) {
        env.TZ = tz;
        const fresh = createWorkingDayCalendar();
        expect(dates.map((d) => fresh.isWorkingDay(d))).toEqual(reference);
      }
    } finally {
      if (original === undefined) delete env.TZ;
      else env.TZ = original;
    }
  });
});

describe('years the calendar knows (Art. 8)', () => {
  it('knows the built-in years, and a later year only once an administrator confirms it', () => {
    expect(calendar.yearStatus(2026)).toBe('BUILT_IN');
    expect(calendar.yearStatus(2027)).toBe('UNCONFIRMED');
    // Without a confirmation 1 January 2027 (a Friday) is guessed to be a working day: not known.
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
    expect(calendar.isConfirmed('2027-01-01')).toBe(false);
    expect(calendar.isConfirmed('2026-12-31')).toBe(true);
    // Entering days alone does not confirm the year; the confirmation does.
    const entered = createWorkingDayCalendar([{ date: '2027-01-01', isWorkingDay: false, note: '元旦' }]);
    expect(entered.yearStatus(2027)).toBe('UNCONFIRMED');
    const confirmed = createWorkingDayCalendar([{ date: '2027-01-01', isWorkingDay: false, note: '元旦' }], {
      confirmedYears: [2027],
    });
    expect(confirmed.yearStatus(2027)).toBe('CONFIRMED');
    expect(confirmed.isConfirmed('2027-06-30')).toBe(true);
    expect(confirmed.yearStatus(2028)).toBe('UNCONFIRMED');
    // Without the built-in data only confirmed years are known.
    const bare = createWorkingDayCalendar([], { useBuiltInData: false, confirmedYears: [2025] });
    expect(bare.yearStatus(2024)).toBe('UNCONFIRMED');
    expect(bare.yearStatus(2025)).toBe('CONFIRMED');
  });

  it('asks for this year when unknown, and for next year from 1 November', () => {
    expect(calendarYearsToConfirm('2026-10-31', calendar)).toEqual([]);
    expect(calendarYearsToConfirm('2026-11-01', calendar)).toEqual([2027]);
    expect(calendarYearsToConfirm('2026-12-07', calendar)).toEqual([2027]);
    expect(calendarYearsToConfirm('2027-03-01', calendar)).toEqual([2027]);
    expect(calendarYearsToConfirm('2027-11-02', calendar)).toEqual([2027, 2028]);
    const confirmed = createWorkingDayCalendar([], { confirmedYears: [2027] });
    expect(calendarYearsToConfirm('2026-12-07', confirmed)).toEqual([]);
    expect(calendarYearsToConfirm('2027-11-01', confirmed)).toEqual([2028]);
  });

  it('property: a year is asked for exactly when it is unknown and due (this year, or next year from 1 November)', () => {
    const date = fc.integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2031-12-31') }).map(fromEpochDay);
    const years = fc.uniqueArray(fc.integer({ min: 2024, max: 2032 }), { maxLength: 6 });
    fc.assert(
      fc.property(date, years, (today, confirmedYears) => {
        const cal = createWorkingDayCalendar([], { confirmedYears });
        const asked = calendarYearsToConfirm(today, cal);
        const year = Number(today.slice(0, 4));
        for (const y of asked) expect(cal.yearStatus(y)).toBe('UNCONFIRMED');
        expect(asked.includes(year)).toBe(cal.yearStatus(year) === 'UNCONFIRMED');
        const novemberOn = today >= `${year}-11-01`;
        expect(asked.includes(year + 1)).toBe(novemberOn && cal.yearStatus(year + 1) === 'UNCONFIRMED');
        // A day's confirmation is its year's.
        expect(cal.isConfirmed(addDays(today, 0))).toBe(cal.yearStatus(year) !== 'UNCONFIRMED');
      }),
      { numRuns: 300 },
    );
  });
});
