/**
 * Calendar dates as ISO `YYYY-MM-DD` strings.
 *
 * Every rule in this package is about calendar days in China, never instants, so dates are
 * kept as strings and all arithmetic goes through UTC epoch days. Nothing here reads the
 * process time zone: the same inputs give the same answers in Shanghai, New York or a browser.
 */
export type IsoDate = string & { readonly __brand?: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type DateParts = { year: number; month: number; day: number };

/** True when `text` is a real calendar date written as `YYYY-MM-DD` (2025-02-29 is not). */
export function isIsoDate(text: string): text is IsoDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws on malformed input: a bad date is a programming error, not a business failure. */
export function parseIsoDate(date: IsoDate): DateParts {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (UTC). */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** 0 = Sunday … 6 = Saturday, as in `Date#getUTCDay`. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}

/**
 * The n-th anniversary of `date`.
 *
 * Decision: a 29 February anniversary in a common year falls on **1 March**, not 28 February.
 * Read "n full years" literally: on 28 February the full n years since 29 February have not
 * yet run (there is still one day of the last February to go). The same helper drives both
 * "operating ≥ 2 years" (Art. 5(1)) and "valid for three years" (Art. 11), so the two rules
 * can never disagree about when a year is complete: founded 2024-02-29 may submit from
 * 2026-03-01; awarded 2024-02-29 is valid until 2027-02-28 (the day before 2027-03-01), a full
 * three years with no day lost.
 */
export function anniversary(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return formatIsoDate({ year: target, month: 3, day: 1 });
  return formatIsoDate({ year: target, month, day });
}

/** Every date from `from` through `to`, both included (empty when from > to). */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = toEpochDay(from), end = toEpochDay(to); d <= end; d += 1) out.push(fromEpochDay(d));
  return out;
}
