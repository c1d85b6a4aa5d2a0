import { DEFAULT_ANNUAL_REPORT_SCHEDULE, type AnnualReportSchedule } from '@sme/domain';

// When a year's annual service report opens and falls due, set once at start-up from
// ANNUAL_REPORT_OPENS_ON and ANNUAL_REPORT_DUE_ON (month-days; defaults 12-01 and 03-31 of the
// following year, a reading of the software: the measures set no date).
let schedule: AnnualReportSchedule = DEFAULT_ANNUAL_REPORT_SCHEDULE;

export function setAnnualReportSchedule(value: AnnualReportSchedule): void {
  schedule = value;
}

export function annualReportSchedule(): AnnualReportSchedule {
  return schedule;
}
