// What of a title (Accreditation) reaches whom beyond the title itself, which is public (Art. 9:
// the register). Its relation fields answer each caller with what that caller may see, so a
// signed-out register shows no trace — not even a type name — of an open or unpublished
// revocation, a renewal draft or a national recommendation.
import type { Prisma } from '@sme/db';
import { hasRole, type Viewer } from '../context.js';
import { prisma } from '../db.js';
import { canSeeRecordsOf } from '../modules/organisation/organisation-access.js';
import { isStaff } from './roles.js';

/**
 * The revocation of a title (Arts. 11 and 13), as the Revocation type allows: administrators
 * always; once published, whoever sees the holder's records. Signed out: never through the
 * title (the register shows `revocationPending` and `revokedOn` instead).
 */
export function mayReadRevocationOf(
  viewer: Viewer | null,
  title: { id: string; organisationId: string },
): boolean | Promise<boolean> {
  if (!viewer) return false;
  if (hasRole(viewer, 'ADMIN')) return true;
  return Promise.resolve(canSeeRecordsOf(viewer, title.organisationId)).then(async (sees) => {
    if (!sees) return false;
    const revocation = await prisma().revocation.findUnique({
      where: { accreditationId: title.id },
      select: { publishedAt: true },
    });
    return revocation === null || revocation.publishedAt !== null;
  });
}

/** Art. 14: national recommendations are the association's internal choice, for its staff. */
export function readableNationalRecommendationsWhere(viewer: Viewer | null): Prisma.NationalRecommendationWhereInput {
  return isStaff(viewer) ? {} : { id: { in: [] } };
}
