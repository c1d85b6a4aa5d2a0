import { describe, expect, it } from 'vitest';
import { openSpotChecks, reportsToFile, titlesToRenew } from './workbench-todos';

describe('the workbench’s to-dos after the award', () => {
  it('lists only spot checks waiting for evidence, the earliest due first, undated last', () => {
    const checks = [
      { id: 'a', status: 'RESPONDED', dueOn: '2026-12-01' },
      { id: 'b', status: 'EVIDENCE_REQUESTED', dueOn: null },
      { id: 'c', status: 'EVIDENCE_REQUESTED', dueOn: '2026-12-20' },
      { id: 'd', status: 'PENDING', dueOn: null },
      { id: 'e', status: 'EVIDENCE_REQUESTED', dueOn: '2026-12-10' },
    ];
    expect(openSpotChecks(checks).map((c) => c.id)).toEqual(['e', 'c', 'b']);
  });

  it('lists titles in the year they expire, when renewal is open (Art. 11)', () => {
    const titles = [
      { id: 'x', titleStatus: 'VALID', validUntil: '2028-12-31' },
      { id: 'y', titleStatus: 'EXPIRING_THIS_YEAR', validUntil: '2026-12-31' },
    ];
    expect(titlesToRenew(titles).map((t) => t.id)).toEqual(['y']);
  });
});

describe('reportsToFile', () => {
  it('keeps the reports the platform still owes, the overdue first, and leaves out those sent', () => {
    const due = [
      { year: 2026, dueOn: '2027-03-31', overdue: false, report: null },
      { year: 2025, dueOn: '2026-03-31', overdue: true, report: { status: 'RETURNED' } },
      { year: 2024, dueOn: '2025-03-31', overdue: false, report: { status: 'ACCEPTED' } },
      { year: 2023, dueOn: '2024-03-31', overdue: false, report: { status: 'SUBMITTED' } },
    ];
    expect(reportsToFile(due).map((d) => d.year)).toEqual([2025, 2026]);
  });
});
