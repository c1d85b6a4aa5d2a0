// Which years a title's records and reports concern, and when a year's records are frozen.

/** Statuses of an annual report after which that year's records no longer change (Art. 12: the
 * report's figures are the year's records as submitted). */
const FROZEN = new Set(['SUBMITTED', 'ACCEPTED']);

export type ReportLike = { year: number; status: string; accreditation: { id: string } };

/** The report that froze the title's records of `year`, or null while they may still change
 * (no report yet, a draft, or one returned for changes). */
export function freezingReport<R extends ReportLike>(
  reports: readonly R[],
  accreditationId: string,
  year: number,
): R | null {
  return reports.find((r) => r.accreditation.id === accreditationId && r.year === year && FROZEN.has(r.status)) ?? null;
}

/** The years a title may have records in, newest first: from the year its validity began to the
 * current year (`today` is "YYYY-MM-DD" in Beijing time), never more than the current year. */
export function titleYears(validFrom: string, today: string): number[] {
  const first = Number(validFrom.slice(0, 4));
  const last = Number(today.slice(0, 4));
  if (!Number.isInteger(first) || !Number.isInteger(last) || first > last) return [last];
  const years: number[] = [];
  for (let year = last; year >= first; year -= 1) years.push(year);
  return years;
}

/** Today in Beijing time as "YYYY-MM-DD". */
export function beijingToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
