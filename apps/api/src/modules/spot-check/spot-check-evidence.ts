import { spotCheckWorkflow, type SpotCheckParty, type SpotCheckStatus } from '@sme/domain';
import type { Viewer } from '../../context.js';
import { spotCheckPartiesOf } from '../../workflow/spot-check-subject.js';

/** Files one spot check's answer may carry. */
export const MAX_EVIDENCE_FILES = 20;
/** Per file, as for the Art. 7 materials the evidence usually repeats. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** Who may read a check's evidence: the holder's members and administrators — not analysts,
 * who see the checks but not what a platform sent in. */
export function mayReadEvidence(viewer: Viewer | null, organisationId: string): boolean {
  return spotCheckPartiesOf(viewer, { organisationId }).length > 0;
}

/** Files are added or removed while the holder may (still) answer: the domain table decides. */
export function mayChangeEvidence(
  viewer: Viewer | null,
  check: { status: SpotCheckStatus; organisationId: string },
): boolean {
  const parties: SpotCheckParty[] = spotCheckPartiesOf(viewer, check).filter((p) => p === 'HOLDER');
  return spotCheckWorkflow.allowed(check.status, parties).includes('respond');
}
