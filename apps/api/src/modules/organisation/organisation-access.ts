import { hasRole, type Viewer } from '../../context.js';
import { prisma } from '../../db.js';

// Object-level access to an organisation's records (Art. 2): its own members; the unit that
// developed it; association staff who review, administer or analyse.
export async function canSeeOrganisation(viewer: Viewer | null, organisationId: string): Promise<boolean> {
  if (!viewer) return false;
  if (hasRole(viewer, 'ADMIN') || hasRole(viewer, 'REVIEWER') || hasRole(viewer, 'ANALYST')) return true;
  if (hasRole(viewer, 'MEMBER') && viewer.organisationId === organisationId) return true;
  if (hasRole(viewer, 'UNIT_STAFF') && viewer.unitId) {
    const developed = await prisma().membership.count({ where: { organisationId, unitId: viewer.unitId } });
    return developed > 0;
  }
  return false;
}
