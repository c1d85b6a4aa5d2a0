import { describe, expect, it } from 'vitest';
import { beijingToday, freezingReport, titleYears } from './record-year';

const report = (id: string, year: number, status: string) => ({
  id: `${id}-${year}`,
  year,
  status,
  accreditation: { id },
});

describe('freezingReport', () => {
  const reports = [report('a', 2025, 'SUBMITTED'), report('a', 2024, 'RETURNED'), report('b', 2025, 'ACCEPTED')];

  it('freezes a year once its report is submitted or accepted', () => {
    expect(freezingReport(reports, 'a', 2025)?.id).toBe('a-2025');
    expect(freezingReport(reports, 'b', 2025)?.id).toBe('b-2025');
  });

  it('keeps a year open while its report is returned, a draft or absent', () => {
    expect(freezingReport(reports, 'a', 2024)).toBeNull();
    expect(freezingReport([report('a', 2023, 'DRAFT')], 'a', 2023)).toBeNull();
    expect(freezingReport(reports, 'a', 2026)).toBeNull();
  });

  it('never lets another title’s report freeze this one', () => {
    expect(freezingReport(reports, 'b', 2024)).toBeNull();
  });
});

describe('titleYears', () => {
  it('lists the years from the start of validity to this year, newest first', () => {
    expect(titleYears('2024-06-01', '2026-12-08')).toEqual([2026, 2025, 2024]);
  });

  it('offers this year alone for a title not yet valid', () => {
    expect(titleYears('2027-01-01', '2026-12-08')).toEqual([2026]);
  });
});

describe('beijingToday', () => {
  it('is the calendar day in Beijing, not on the machine', () => {
    expect(beijingToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});
