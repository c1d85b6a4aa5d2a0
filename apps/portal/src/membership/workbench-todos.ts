import { graphql, type ResultOf } from '@sme/client';

// The holder's to-dos after the award, for the workbench: spot checks waiting for the evidence
// (Art. 13) and titles in the year they expire, when they may be renewed (Art. 11).

export const WorkbenchSpotChecksQuery = graphql(`
  query WorkbenchSpotChecks {
    mySpotChecks {
      id
      status
      dueOn
      accreditation {
        id
        certificateNumber
      }
    }
  }
`);

export type WorkbenchSpotCheck = ResultOf<typeof WorkbenchSpotChecksQuery>['mySpotChecks'][number];

/** Spot checks whose evidence request waits for the holder's answer, the earliest due first. */
export function openSpotChecks<T extends { status: string; dueOn?: string | null }>(checks: readonly T[]): T[] {
  return checks
    .filter((c) => c.status === 'EVIDENCE_REQUESTED')
    .sort((a, b) => (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31'));
}

/** Titles in their last year of validity: the year their holder may apply again (Art. 11). */
export function titlesToRenew<T extends { titleStatus: string; validUntil: string }>(titles: readonly T[]): T[] {
  return titles
    .filter((title) => title.titleStatus === 'EXPIRING_THIS_YEAR')
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil));
}

/** Annual service reports a title still owes (Art. 12): not written, a draft, or returned — the
 * overdue first, then by due date. Submitted and accepted ones wait for nobody at the platform. */
export function reportsToFile<T extends { dueOn: string; overdue: boolean; report?: { status: string } | null }>(
  due: readonly T[],
): T[] {
  return due
    .filter((d) => !d.report || d.report.status === 'DRAFT' || d.report.status === 'RETURNED')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
}
