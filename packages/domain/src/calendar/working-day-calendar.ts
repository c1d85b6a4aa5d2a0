import builtIn from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayOfWeek, isIsoDate, yearOf, type IsoDate } from '../shared/iso-date';
import type { Message } from '../shared/message';

/**
 * The Chinese statutory working-day calendar: weekends, public holidays (法定节假日) and the
 * make-up working days (调休上班) that the State Council's annual schedule moves onto weekends.
 *
 * Source of the built-in data: the `chinese-days` package. Its lookup functions are NOT used:
 * they parse `YYYY-MM-DD` as UTC midnight and then read the day back with local-time getters,
 * so west of UTC they answer for the previous day (in America/New_York, `getDayDetail('2024-10-01')`
 * reports 2024-09-30 and `isWorkday('2025-01-27')`, a Monday, says false). Its JSON data — plain
 * `YYYY-MM-DD` keys — is read instead, which gives the same answer in every time zone and in
 * browsers.
 *
 * Years the data covers (2004–2026 in chinese-days 1.5.7) follow the published schedules; other
 * years default to Monday–Friday working. The State Council publishes next year's schedule late in
 * the year, so administrators add overrides, which always win over built-in data.
 *
 * A year the data does not cover is UNCONFIRMED until an administrator, having entered its
 * holidays and make-up working days as overrides, confirms it: its Monday–Friday default is a
 * guess (1 January would count as a working day), so Art. 8's five working days must not be
 * counted on it. The calendar says which years it knows (`yearStatus`).
 */
export type CalendarOverride = { date: IsoDate; isWorkingDay: boolean; note: string };

export type DaySource = 'OVERRIDE' | 'PUBLIC_HOLIDAY' | 'MAKEUP_WORKING_DAY' | 'WEEKDAY' | 'WEEKEND';

export type DayDetail = {
  date: IsoDate;
  isWorkingDay: boolean;
  source: DaySource;
  /** The holiday's name (e.g. `春节 / Spring Festival`) or the override's note; null for plain days. */
  note: string | null;
  /** The built-in holiday's name in each language, for a reader in one language; null otherwise. */
  holidayName: Message | null;
};

/**
 * Whether a year's official schedule is known: from the built-in data (BUILT_IN), confirmed by an
 * administrator after entering it (CONFIRMED), or not at all (UNCONFIRMED: Monday–Friday is a guess).
 */
export type CalendarYearStatus = 'BUILT_IN' | 'CONFIRMED' | 'UNCONFIRMED';

export type WorkingDayCalendar = {
  isWorkingDay: (date: IsoDate) => boolean;
  dayDetail: (date: IsoDate) => DayDetail;
  /** Calendar years whose holidays and make-up days come from the built-in data. */
  builtInYears: readonly number[];
  /** Where a year's schedule comes from, or that it is not known. */
  yearStatus: (year: number) => CalendarYearStatus;
  /** Whether the day's year has a known official schedule (built in or confirmed). */
  isConfirmed: (date: IsoDate) => boolean;
};

type BuiltInData = { holidays: Record<string, string>; workdays: Record<string, string> };
const data = builtIn as BuiltInData;

/** chinese-days stores `English name,中文名,n`; show it as `中文名 / English name`. */
function holidayName(raw: string): Message {
  const [en, zh] = raw.split(',');
  return zh && en ? { zhCN: zh, en } : { zhCN: raw, en: raw };
}
const bothNames = (name: Message): string => (name.zhCN === name.en ? name.zhCN : `${name.zhCN} / ${name.en}`);

const BUILT_IN_YEARS: readonly number[] = [
  ...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4)))),
].sort((a, b) => a - b);

export type CalendarOptions = {
  /** Leave out the chinese-days data (tests, or a deployment that keeps the whole schedule as overrides). */
  useBuiltInData?: boolean;
  /** Years whose schedule an administrator confirmed after entering it as overrides. */
  confirmedYears?: readonly number[];
};

/**
 * Builds the calendar. When two overrides name the same date the later one wins, so an
 * administrator's correction can simply be appended.
 */
export function createWorkingDayCalendar(
  overrides: readonly CalendarOverride[] = [],
  options: CalendarOptions = {},
): WorkingDayCalendar {
  const useBuiltIn = options.useBuiltInData ?? true;
  const byDate = new Map<string, CalendarOverride>();
  for (const o of overrides) {
    if (!isIsoDate(o.date)) throw new RangeError(`Calendar override with an invalid date: ${JSON.stringify(o.date)}`);
    byDate.set(o.date, o);
  }
  const builtInYears = useBuiltIn ? BUILT_IN_YEARS : [];

  const dayDetail = (date: IsoDate): DayDetail => {
    if (!isIsoDate(date)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    const override = byDate.get(date);
    if (override)
      return { date, isWorkingDay: override.isWorkingDay, source: 'OVERRIDE', note: override.note, holidayName: null };
    if (useBuiltIn && builtInYears.includes(yearOf(date))) {
      const makeUp = data.workdays[date];
      if (makeUp !== undefined) {
        const name = holidayName(makeUp);
        return { date, isWorkingDay: true, source: 'MAKEUP_WORKING_DAY', note: bothNames(name), holidayName: name };
      }
      const holiday = data.holidays[date];
      if (holiday !== undefined) {
        const name = holidayName(holiday);
        return { date, isWorkingDay: false, source: 'PUBLIC_HOLIDAY', note: bothNames(name), holidayName: name };
      }
    }
    const dow = dayOfWeek(date);
    const weekend = dow === 0 || dow === 6;
    return { date, isWorkingDay: !weekend, source: weekend ? 'WEEKEND' : 'WEEKDAY', note: null, holidayName: null };
  };

  const confirmed = new Set(options.confirmedYears ?? []);
  const yearStatus = (year: number): CalendarYearStatus =>
    builtInYears.includes(year) ? 'BUILT_IN' : confirmed.has(year) ? 'CONFIRMED' : 'UNCONFIRMED';
  const isConfirmed = (date: IsoDate): boolean => {
    if (!isIsoDate(date)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    return yearStatus(yearOf(date)) !== 'UNCONFIRMED';
  };

  return { isWorkingDay: (date) => dayDetail(date).isWorkingDay, dayDetail, builtInYears, yearStatus, isConfirmed };
}

/** The State Council publishes next year's schedule late in the year; from this day (MM-DD) the console asks for it. */
export const NEXT_YEAR_SCHEDULE_DUE = '11-01';

/**
 * The years whose schedule an administrator should enter and confirm now: this year, and from
 * 1 November next year too, when the calendar does not know them. Empty when nothing is due.
 */
export function calendarYearsToConfirm(today: IsoDate, calendar: WorkingDayCalendar): number[] {
  if (!isIsoDate(today)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(today)}`);
  const year = yearOf(today);
  const years = today.slice(5) >= NEXT_YEAR_SCHEDULE_DUE ? [year, year + 1] : [year];
  return years.filter((y) => calendar.yearStatus(y) === 'UNCONFIRMED');
}
