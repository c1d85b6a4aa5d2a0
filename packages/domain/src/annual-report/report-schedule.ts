import { formatChineseDate } from '../shared/chinese-format';
import type { IsoDate } from '../shared/iso-date';
import type { DomainFailure, Message } from '../shared/message';

/**
 * When a year's report may be submitted and when it is due. The measures set no date (Art. 12
 * asks for the services, not for a calendar): these are the software's defaults, configurable.
 * - `opensOn`: month-day of the report's own year from which it may be submitted (default 12-01:
 *   the year's services are nearly all recorded by then).
 * - `dueOn`: month-day of the FOLLOWING year by which it is due (default 03-31).
 */
export type AnnualReportSchedule = { opensOn: string; dueOn: string };

export const DEFAULT_ANNUAL_REPORT_SCHEDULE: AnnualReportSchedule = { opensOn: '12-01', dueOn: '03-31' };

export const ANNUAL_REPORT_SCHEDULE_READING: Message = {
  zhCN: '系统规则：年度服务报告自当年12月1日起可提交，应于次年3月31日前提交（日期可配置）。',
  en: 'Software rule: a year’s service report may be submitted from 1 December of that year and is due by 31 March of the next (the dates are configurable).',
};

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether `value` is a month-day such as 03-31 that exists in every year (29 February does not). */
export function isScheduleMonthDay(value: string): boolean {
  if (!MONTH_DAY.test(value) || value === '02-29') return false;
  const [m, d] = value.split('-').map(Number) as [number, number];
  return d <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** The first day the report on `year` may be submitted. */
export function reportOpensOn(year: number, schedule: AnnualReportSchedule = DEFAULT_ANNUAL_REPORT_SCHEDULE): IsoDate {
  return `${year}-${schedule.opensOn}`;
}

/** The last day the report on `year` is on time. */
export function reportDueOn(year: number, schedule: AnnualReportSchedule = DEFAULT_ANNUAL_REPORT_SCHEDULE): IsoDate {
  return `${year + 1}-${schedule.dueOn}`;
}

/** A submitted or accepted report is filed; a draft or a returned one is not. */
export function isReportFiled(status: string | null | undefined): boolean {
  return status === 'SUBMITTED' || status === 'ACCEPTED';
}

/** Overdue: past its due date and not filed (a returned report is overdue again until resubmitted). */
export function isReportOverdue(
  year: number,
  status: string | null | undefined,
  today: IsoDate,
  schedule: AnnualReportSchedule = DEFAULT_ANNUAL_REPORT_SCHEDULE,
): boolean {
  return today > reportDueOn(year, schedule) && !isReportFiled(status);
}

export type ReportYearError = DomainFailure<'REPORT_NOT_YET_OPEN' | 'YEAR_NOT_HELD'>;

/**
 * The years a title owes a report for, up to today: each year in which the title was held on the
 * day that year's report opens (software reading: a title awarded after 1 December owes nothing
 * for that year; one revoked before it owes nothing either; a title expiring on 30 December owes
 * its last year's report).
 */
export function reportYearsOwed(
  title: { validFrom: IsoDate; validUntil: IsoDate; revokedOn?: IsoDate | null },
  today: IsoDate,
  schedule: AnnualReportSchedule = DEFAULT_ANNUAL_REPORT_SCHEDULE,
): number[] {
  const years: number[] = [];
  const first = Number(title.validFrom.slice(0, 4));
  const last = Number(title.validUntil.slice(0, 4));
  for (let year = first; year <= last; year++) {
    const opens = reportOpensOn(year, schedule);
    if (opens > today) break;
    if (heldOn(title, opens)) years.push(year);
  }
  return years;
}

function heldOn(title: { validFrom: IsoDate; validUntil: IsoDate; revokedOn?: IsoDate | null }, day: IsoDate): boolean {
  return title.validFrom <= day && day <= title.validUntil && !(title.revokedOn && title.revokedOn <= day);
}

/** Whether the report on `year` may be submitted today for this title, or why not. */
export function checkReportYear(
  year: number,
  title: { validFrom: IsoDate; validUntil: IsoDate; revokedOn?: IsoDate | null },
  today: IsoDate,
  schedule: AnnualReportSchedule = DEFAULT_ANNUAL_REPORT_SCHEDULE,
): ReportYearError | null {
  const opens = reportOpensOn(year, schedule);
  if (today < opens)
    return {
      code: 'REPORT_NOT_YET_OPEN',
      article: 'software',
      message: {
        zhCN: `系统规则：${year}年度服务报告自${formatChineseDate(opens)}起可提交。`,
        en: `Software rule: the ${year} annual report may be submitted from ${opens}.`,
      },
    };
  if (!reportYearsOwed(title, today, schedule).includes(year))
    return {
      code: 'YEAR_NOT_HELD',
      article: 'Art. 12',
      message: {
        zhCN: `第十二条：该示范平台称号在${formatChineseDate(opens)}不在有效期内，无需提交${year}年度服务报告。`,
        en: `Art. 12: the title was not held on ${opens}, so it owes no report on ${year}.`,
      },
    };
  return null;
}
