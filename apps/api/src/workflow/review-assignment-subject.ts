import {
  reviewAssignmentStatusOf,
  reviewAssignmentWorkflow,
  type ReviewAssignmentAction,
  type ReviewAssignmentParty,
  type ReviewAssignmentStatus,
} from '@sme/domain';
import type { Prisma } from '@sme/db';
import { hasRole } from '../context.js';
import type { SubjectKind } from './run-action.js';

export type LoadedReviewAssignment = {
  id: string;
  status: ReviewAssignmentStatus;
  applicationId: string;
  reviewerId: string;
};

/**
 * A reviewer's assignment (Art. 8) as a subject of the one runner. Its status is read from
 * completedAt and recusedAt; the compare-and-set is on those columns, so a review and a recusal
 * of the same assignment cannot both succeed. No timeline table of its own: the application's
 * timeline shows the review without the reviewer's name (reviewers stay anonymous to
 * applicants), and the audit records (reviewerAssignment.complete, reviewerAssignment.recuse)
 * are the assignment's history.
 */
export const reviewAssignmentKind: SubjectKind<
  ReviewAssignmentStatus,
  ReviewAssignmentAction,
  ReviewAssignmentParty,
  LoadedReviewAssignment,
  never,
  Prisma.ReviewerAssignmentUncheckedUpdateManyInput
> = {
  type: 'ReviewerAssignment',
  timeline: null,
  entity: 'Application',
  workflow: reviewAssignmentWorkflow,
  load: async (tx, id) => {
    const row = await tx.reviewerAssignment.findUnique({
      where: { id },
      select: { id: true, applicationId: true, reviewerId: true, completedAt: true, recusedAt: true },
    });
    return row && { ...row, status: reviewAssignmentStatusOf(row) };
  },
  partiesOf: (viewer, a) => (hasRole(viewer, 'REVIEWER') && viewer?.userId === a.reviewerId ? ['REVIEWER'] : []),
  canSee: (_viewer, _a, parties) => parties.length > 0,
  write: async (tx, a, next, data) => {
    const stamp = next === 'RECUSED' ? { recusedAt: new Date() } : { completedAt: new Date() };
    return (
      await tx.reviewerAssignment.updateMany({
        where: { id: a.id, recusedAt: null, completedAt: a.status === 'ASSIGNED' ? null : { not: null } },
        data: { ...data, ...stamp },
      })
    ).count;
  },
};
