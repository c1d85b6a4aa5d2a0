import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareIsoDates, eachDay, fromEpochDay, toEpochDay } from '../shared/iso-date';
import {
  checkBackdatedNoticeEvidence,
  checkNoticeCalendarConfirmed,
  checkObjectionWindow,
  isNoticePeriodOver,
  noticePeriod,
  unconfirmedYearsOf,
} from './notice-period';
import { createWorkingDayCalendar } from './working-day-calendar';

const calendar = createWorkingDayCalendar();

describe('noticePeriod (Art. 8: 5 working days)', () => {
  it.each([
    // [published, starts, ends, why]
    ['2024-09-30', '2024-09-30', '2024-10-11', 'National Day 2024 holiday 1–7 Oct skipped'],
    ['2024-09-28', '2024-09-29', '2024-10-10', 'published Saturday; Sunday 29 Sep is a make-up day'],
    ['2024-10-11', '2024-10-11', '2024-10-16', 'make-up Saturday 12 Oct counts'],
    ['2024-02-08', '2024-02-08', '2024-02-20', 'Spring Festival 2024; Sunday 18 Feb is a make-up day'],
    ['2025-01-24', '2025-01-24', '2025-02-06', 'Spring Festival 2025; Sunday 26 Jan is a make-up day'],
    ['2025-01-28', '2025-02-05', '2025-02-10', 'published on a holiday; Saturday 8 Feb is a make-up day'],
    ['2025-09-26', '2025-09-26', '2025-10-09', 'National Day 2025; Sunday 28 Sep is a make-up day'],
    ['2026-02-13', '2026-02-13', '2026-02-26', 'Spring Festival 2026; Saturday 14 Feb is a make-up day'],
    ['2026-09-30', '2026-09-30', '2026-10-12', 'National Day 2026; Saturday 10 Oct is a make-up day'],
    ['2026-03-02', '2026-03-02', '2026-03-06', 'an ordinary week'],
    ['2026-03-07', '2026-03-09', '2026-03-13', 'published on an ordinary Saturday'],
  ])('published %s → %s to %s (%s)', (published, starts, ends) => {
    const p = noticePeriod(published, calendar);
    expect(p.startsOn).toBe(starts);
    expect(p.endsOn).toBe(ends);
    expect(p.workingDays).toHaveLength(5);
  });

  it('lists the working days themselves', () => {
    expect(noticePeriod('2025-01-24', calendar).workingDays).toEqual([
      '2025-01-24',
      '2025-01-26',
      '2025-01-27',
      '2025-02-05',
      '2025-02-06',
    ]);
  });

  it('applies administrator overrides for years the built-in data does not cover', () => {
    // 2030 New Year's Day is a Tuesday; without an override it counts as a working day.
    expect(noticePeriod('2029-12-31', calendar).workingDays).toEqual([
      '2029-12-31',
      '2030-01-01',
      '2030-01-02',
      '2030-01-03',
      '2030-01-04',
    ]);
    const edited = createWorkingDayCalendar([{ date: '2030-01-01', isWorkingDay: false, note: '元旦' }]);
    expect(noticePeriod('2029-12-31', edited).endsOn).toBe('2030-01-07');
  });

  it('accepts another length, and rejects a meaningless one', () => {
    expect(noticePeriod('2026-03-02', calendar, 1).endsOn).toBe('2026-03-02');
    expect(noticePeriod('2026-03-02', calendar, 7).endsOn).toBe('2026-03-10');
    expect(() => noticePeriod('2026-03-02', calendar, 0)).toThrow(RangeError);
    const allOff = createWorkingDayCalendar(
      eachDay('2031-01-01', '2032-12-31').map((date) => ({ date, isWorkingDay: false, note: 'closed' })),
    );
    expect(() => noticePeriod('2031-01-01', allOff)).toThrow(RangeError);
  });

  it('is over only after its last working day, and takes objections from publication to the end', () => {
    const p = noticePeriod('2024-09-28', calendar);
    expect(isNoticePeriodOver(p, '2024-10-10')).toBe(false);
    expect(isNoticePeriodOver(p, '2024-10-11')).toBe(true);
    expect(checkObjectionWindow(p, '2024-09-28').ok).toBe(true);
    expect(checkObjectionWindow(p, '2024-10-10').ok).toBe(true);
    expect(checkObjectionWindow(p, '2024-09-27')).toMatchObject({ ok: false, error: { article: 'Art. 8' } });
    expect(checkObjectionWindow(p, '2024-10-11')).toMatchObject({
      ok: false,
      error: { code: 'OBJECTION_WINDOW_CLOSED' },
    });
  });

  it('property: always N working days, all working, in order, from the first working day on or after publication', () => {
    const start = toEpochDay('2023-06-01');
    const end = toEpochDay('2028-06-01');
    const date = fc.integer({ min: start, max: end }).map(fromEpochDay);
    const override = fc.record({ date, isWorkingDay: fc.boolean(), note: fc.constant('prop') });
    fc.assert(
      fc.property(
        date,
        fc.array(override, { maxLength: 20 }),
        fc.integer({ min: 1, max: 10 }),
        (publishedOn, overrides, days) => {
          const cal = createWorkingDayCalendar(overrides);
          const p = noticePeriod(publishedOn, cal, days);
          expect(p.workingDays).toHaveLength(days);
          expect(p.workingDays.every((d) => cal.isWorkingDay(d))).toBe(true);
          expect(compareIsoDates(p.startsOn, publishedOn)).toBeGreaterThanOrEqual(0);
          expect(p.startsOn).toBe(p.workingDays[0]);
          expect(p.endsOn).toBe(p.workingDays[days - 1]);
          // No working day is skipped between publication and the end.
          const between = eachDay(publishedOn, p.endsOn).filter((d) => cal.isWorkingDay(d));
          expect(between).toEqual(p.workingDays);
          // A one-day-later publication never ends earlier.
          const later = noticePeriod(addDays(publishedOn, 1), cal, days);
          expect(compareIsoDates(later.endsOn, p.endsOn)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a notice period on days the calendar does not know (Art. 8)', () => {
  it('is refused when it reaches into an unconfirmed year, naming the year', () => {
    const p = noticePeriod('2026-12-28', calendar);
    expect(p.endsOn).toBe('2027-01-01'); // 1 January guessed a working day: exactly what must not happen
    expect(unconfirmedYearsOf(p, calendar)).toEqual([2027]);
    const refused = checkNoticeCalendarConfirmed(p, calendar);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CALENDAR_UNCONFIRMED', article: 'Art. 8', years: [2027] },
    });
    if (!refused.ok) {
      expect(refused.error.message.zhCN).toContain('2027年');
      expect(refused.error.message.zhCN).toContain('2026年12月28日');
      expect(refused.error.message.zhCN).not.toMatch(/\d{4}-\d{2}-\d{2}|[A-Za-z]/);
      expect(refused.error.message.en).toContain('2027');
    }
    expect(checkNoticeCalendarConfirmed(noticePeriod('2026-12-07', calendar), calendar).ok).toBe(true);
  });

  it('is accepted once the year is confirmed', () => {
    const confirmed = createWorkingDayCalendar([{ date: '2027-01-01', isWorkingDay: false, note: '元旦' }], {
      confirmedYears: [2027],
    });
    const p = noticePeriod('2026-12-28', confirmed);
    expect(p.endsOn).toBe('2027-01-04');
    expect(checkNoticeCalendarConfirmed(p, confirmed).ok).toBe(true);
  });

  it('property: refused exactly when a day from publication to the end is in an unknown year', () => {
    const date = fc.integer({ min: toEpochDay('2025-06-01'), max: toEpochDay('2029-06-01') }).map(fromEpochDay);
    const years = fc.uniqueArray(fc.integer({ min: 2027, max: 2030 }), { maxLength: 4 });
    fc.assert(
      fc.property(date, years, (publishedOn, confirmedYears) => {
        const cal = createWorkingDayCalendar([], { confirmedYears });
        const p = noticePeriod(publishedOn, cal);
        const unknown = eachDay(p.publishedOn, p.endsOn).some(
          (d) => cal.yearStatus(Number(d.slice(0, 4))) === 'UNCONFIRMED',
        );
        expect(checkNoticeCalendarConfirmed(p, cal).ok).toBe(!unknown);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a backdated notice (Art. 8)', () => {
  it('needs where it was published when dated before today; today or an address needs nothing more', () => {
    const refused = checkBackdatedNoticeEvidence('2026-12-01', '2026-12-07', null);
    expect(refused).toMatchObject({ ok: false, error: { code: 'BACKDATE_EVIDENCE_REQUIRED', article: 'Art. 8' } });
    if (!refused.ok) {
      expect(refused.error.message.zhCN).toContain('2026年12月1日');
      expect(refused.error.message.zhCN).toContain('协会门户网站');
      expect(refused.error.message.en).toContain("association's website");
    }
    expect(checkBackdatedNoticeEvidence('2026-12-01', '2026-12-07', '  ').ok).toBe(false);
    expect(checkBackdatedNoticeEvidence('2026-12-01', '2026-12-07', 'https://www.example.org/notice/1').ok).toBe(true);
    expect(checkBackdatedNoticeEvidence('2026-12-07', '2026-12-07', null).ok).toBe(true);
  });
});
