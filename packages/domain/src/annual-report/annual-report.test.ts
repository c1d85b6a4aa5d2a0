import { describe, expect, it } from 'vitest';
import { annualReportWorkflow } from './annual-report-workflow';
import { annualReportFigures } from './report-figures';
import {
  checkReportYear,
  isReportOverdue,
  isScheduleMonthDay,
  reportDueOn,
  reportOpensOn,
  reportYearsOwed,
} from './report-schedule';

describe('annualReportFigures (Art. 12)', () => {
  const records = [
    { date: '2026-02-10', enterprisesServed: 30, free: true },
    { date: '2026-05-03', enterprisesServed: 12, free: false },
    { date: '2026-11-20', enterprisesServed: 8, free: true },
    { date: '2025-12-31', enterprisesServed: 99, free: true },
    { date: '2027-01-01', enterprisesServed: 77, free: true },
  ];
  it('sums the year’s records and counts its free services and their share', () => {
    expect(annualReportFigures(2026, records, [{ heldOn: '2026-04-01' }, { heldOn: '2025-04-01' }])).toEqual({
      servicesRecorded: 3,
      enterprisesServed: 50,
      publicWelfareServices: 2,
      publicWelfareShare: 2 / 3,
      activitiesAttended: 1,
    });
  });
  it('reports zeros (not a division by zero) for a year with nothing recorded', () => {
    expect(annualReportFigures(2024, records, [])).toEqual({
      servicesRecorded: 0,
      enterprisesServed: 0,
      publicWelfareServices: 0,
      publicWelfareShare: 0,
      activitiesAttended: 0,
    });
  });
});

describe('the report schedule (software reading, configurable)', () => {
  it('is due on 31 March of the next year and open from 1 December by default', () => {
    expect(reportDueOn(2026)).toBe('2027-03-31');
    expect(reportOpensOn(2026)).toBe('2026-12-01');
    expect(reportDueOn(2026, { opensOn: '11-15', dueOn: '02-28' })).toBe('2027-02-28');
  });
  it('calls a report overdue after its due date unless submitted or accepted', () => {
    expect(isReportOverdue(2025, null, '2026-03-31')).toBe(false);
    expect(isReportOverdue(2025, null, '2026-04-01')).toBe(true);
    expect(isReportOverdue(2025, 'RETURNED', '2026-04-01')).toBe(true);
    expect(isReportOverdue(2025, 'SUBMITTED', '2026-04-01')).toBe(false);
    expect(isReportOverdue(2025, 'ACCEPTED', '2027-01-01')).toBe(false);
  });
  it('owes a report for each year the title was held on 1 December, up to today', () => {
    const title = { validFrom: '2024-12-15', validUntil: '2027-12-14' };
    expect(reportYearsOwed(title, '2026-11-30')).toEqual([2025]);
    expect(reportYearsOwed(title, '2026-12-01')).toEqual([2025, 2026]);
    expect(reportYearsOwed(title, '2030-01-01')).toEqual([2025, 2026, 2027]);
    expect(reportYearsOwed({ ...title, revokedOn: '2026-06-01' }, '2030-01-01')).toEqual([2025]);
  });
  it('refuses the current year before it opens and a year the title was not held', () => {
    const title = { validFrom: '2024-03-01', validUntil: '2027-02-28' };
    expect(checkReportYear(2026, title, '2026-11-30')).toMatchObject({
      code: 'REPORT_NOT_YET_OPEN',
      article: 'software',
    });
    expect(checkReportYear(2026, title, '2026-12-01')).toBeNull();
    expect(checkReportYear(2023, title, '2026-12-01')).toMatchObject({ code: 'YEAR_NOT_HELD', article: 'Art. 12' });
    expect(checkReportYear(2025, title, '2027-06-01')).toBeNull();
  });
  it('accepts only month-days every year has', () => {
    expect(isScheduleMonthDay('03-31')).toBe(true);
    expect(isScheduleMonthDay('02-29')).toBe(false);
    expect(isScheduleMonthDay('04-31')).toBe(false);
    expect(isScheduleMonthDay('3-31')).toBe(false);
  });
});

describe('annual report workflow (Art. 12)', () => {
  it('lets the holder submit a draft or a returned report, and only the secretariat accept or return it', () => {
    expect(annualReportWorkflow.decide('DRAFT', 'submit', ['HOLDER'])).toEqual({ ok: true, value: 'SUBMITTED' });
    expect(annualReportWorkflow.decide('RETURNED', 'submit', ['HOLDER'])).toEqual({ ok: true, value: 'SUBMITTED' });
    expect(annualReportWorkflow.decide('DRAFT', 'submit', ['ADMIN'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_PERMITTED', article: 'Art. 12' },
    });
    expect(annualReportWorkflow.decide('SUBMITTED', 'accept', ['HOLDER'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_PERMITTED' },
    });
    expect(annualReportWorkflow.decide('SUBMITTED', 'return', ['ADMIN'])).toEqual({ ok: true, value: 'RETURNED' });
  });
  it('makes ACCEPTED final and refuses submitting twice', () => {
    expect(annualReportWorkflow.isTerminal('ACCEPTED')).toBe(true);
    expect(annualReportWorkflow.decide('SUBMITTED', 'submit', ['HOLDER'])).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION', article: 'Art. 12' },
    });
    expect(annualReportWorkflow.decide('DRAFT', 'accept', ['ADMIN'])).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION' },
    });
  });
});
