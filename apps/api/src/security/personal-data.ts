// Data minimisation: analysts read aggregates and public data. An
// organisation's contact person, phone and e-mail stay with those who deal with it: the
// secretariat, the organisation's own members and the unit that develops it (Art. 2).
// Reviewers and analysts get a FORBIDDEN error on these fields (the rest of the answer stands).
import { hasRole, type Viewer } from '../context.js';
import { organisationsDevelopedBy } from '../modules/organisation/organisation-access.js';

export async function canSeeContactDetails(viewer: Viewer | null, organisationId: string): Promise<boolean> {
  if (!viewer) return false;
  if (hasRole(viewer, 'ADMIN')) return true;
  if (hasRole(viewer, 'MEMBER') && viewer.organisationId === organisationId) return true;
  // memoised per request, so a list of organisations costs one query
  if (hasRole(viewer, 'UNIT_STAFF') && viewer.unitId)
    return (await organisationsDevelopedBy(viewer)).has(organisationId);
  return false;
}
