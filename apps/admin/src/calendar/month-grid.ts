/** A calendar date as the API sends it, "YYYY-MM-DD". */
export type IsoDate = string;

/** One week row, Monday first (as Chinese calendars print it); null pads days of other months. */
export type Week = readonly (IsoDate | null)[];

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  // day 0 of the next month is the last day of this one; UTC so the viewer's zone plays no part
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The weeks of a month (1–12) as rows of seven cells. */
export function monthGrid(year: number, month: number): Week[] {
  const cells: (IsoDate | null)[] = Array.from({ length: weekdayIndex(isoDate(year, month, 1)) }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(isoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Week[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** A year from the URL, or null when it is missing or outside what the API accepts. */
export function parseYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

export type YearSummary = { workingDays: number; holidays: number; makeUpDays: number; overrides: number };

export function summariseYear(days: readonly { isWorkingDay: boolean; source: string }[]): YearSummary {
  const summary: YearSummary = { workingDays: 0, holidays: 0, makeUpDays: 0, overrides: 0 };
  for (const day of days) {
    if (day.isWorkingDay) summary.workingDays++;
    if (day.source === 'PUBLIC_HOLIDAY') summary.holidays++;
    if (day.source === 'MAKEUP_WORKING_DAY') summary.makeUpDays++;
    if (day.source === 'OVERRIDE') summary.overrides++;
  }
  return summary;
}

export type ScheduleState = 'BUILT_IN' | 'OVERRIDES_ONLY' | 'MISSING';

/** Where a year's statutory schedule comes from. A year without a single built-in holiday or
 * make-up day is one the built-in data does not cover yet (the State Council publishes it late in
 * the year before); until administrators enter it, Art. 8 periods count its holidays as working days. */
export function scheduleState(summary: YearSummary): ScheduleState {
  if (summary.holidays > 0 || summary.makeUpDays > 0) return 'BUILT_IN';
  return summary.overrides > 0 ? 'OVERRIDES_ONLY' : 'MISSING';
}
