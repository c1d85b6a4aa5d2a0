import { hasRole, type Viewer } from '../../context.js';
import type { Tx } from '../../db.js';

/**
 * Art. 8 (review integrity): a reviewer sees an application's materials only once assigned, not
 * recused, and having declared that they have no conflict of interest with the organisation.
 * Other engineers' routes (the material download) call this for viewers who are reviewers.
 */
export async function reviewerMaySeeMaterials(
  tx: Pick<Tx, 'reviewerAssignment' | 'conflictDeclaration'>,
  reviewerId: string,
  applicationId: string,
): Promise<boolean> {
  const [assignment, declaration] = await Promise.all([
    tx.reviewerAssignment.findUnique({
      where: { applicationId_reviewerId: { applicationId, reviewerId } },
      select: { recusedAt: true },
    }),
    tx.conflictDeclaration.findUnique({
      where: { applicationId_reviewerId: { applicationId, reviewerId } },
      select: { hasConflict: true },
    }),
  ]);
  return assignment !== null && assignment.recusedAt === null && declaration !== null && !declaration.hasConflict;
}

/** Administrators and analysts read every review; see `mayReadReview` for reviewers. */
export function readsAllReviews(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'ADMIN') || hasRole(viewer, 'ANALYST');
}

/**
 * The hiding rule: a reviewer sees the other reviewers' scores on an application only after
 * submitting their own, so no one is anchored by the others.
 */
export function mayReadReview(
  viewer: Viewer | null,
  review: { reviewerId: string },
  viewerOwnCompletedAt: Date | null | undefined,
): boolean {
  if (!viewer) return false;
  if (readsAllReviews(viewer)) return true;
  if (review.reviewerId === viewer.userId) return true;
  return hasRole(viewer, 'REVIEWER') && viewerOwnCompletedAt != null;
}
