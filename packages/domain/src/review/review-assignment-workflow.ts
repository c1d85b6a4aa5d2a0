import type { Message } from '../shared/message';
import { createWorkflow } from '../workflow/workflow';

/**
 * Art. 8 (组织专家评审): an assigned reviewer either submits a review (COMPLETED; revisable while
 * the review runs) or declares a conflict of interest and steps aside (RECUSED, final). The status
 * is read from the assignment's completedAt and recusedAt.
 */
export const REVIEW_ASSIGNMENT_STATUSES = ['ASSIGNED', 'COMPLETED', 'RECUSED'] as const;
export type ReviewAssignmentStatus = (typeof REVIEW_ASSIGNMENT_STATUSES)[number];
/** REVIEWER: the expert the assignment names. */
export type ReviewAssignmentParty = 'REVIEWER';

export const REVIEW_ASSIGNMENT_STATUS_NAMES: Record<ReviewAssignmentStatus, Message> = {
  ASSIGNED: { zhCN: '待评审', en: 'Assigned' },
  COMPLETED: { zhCN: '已评审', en: 'Reviewed' },
  RECUSED: { zhCN: '已回避', en: 'Recused' },
};

export function reviewAssignmentStatusOf(a: { completedAt: unknown; recusedAt: unknown }): ReviewAssignmentStatus {
  if (a.recusedAt) return 'RECUSED';
  return a.completedAt ? 'COMPLETED' : 'ASSIGNED';
}

export const reviewAssignmentWorkflow = createWorkflow<
  ReviewAssignmentStatus,
  'complete' | 'recuse',
  ReviewAssignmentParty,
  never
>({
  subjectName: { zhCN: '评审任务', en: 'Review assignment' },
  statusNames: REVIEW_ASSIGNMENT_STATUS_NAMES,
  partyNames: { REVIEWER: { zhCN: '受指派的评审专家', en: 'The assigned reviewer' } },
  actions: {
    complete: {
      to: 'COMPLETED',
      // A submitted review may be revised while the application is under review.
      edges: [
        { from: 'ASSIGNED', by: ['REVIEWER'] },
        { from: 'COMPLETED', by: ['REVIEWER'] },
      ],
      article: 'Art. 8',
      name: { zhCN: '提交评审意见', en: 'Submit the review' },
    },
    recuse: {
      to: 'RECUSED',
      edges: [{ from: 'ASSIGNED', by: ['REVIEWER'] }],
      article: 'Art. 8',
      name: { zhCN: '声明利益冲突并回避', en: 'Declare a conflict and step aside' },
      refusedFrom: {
        code: 'REVIEW_ALREADY_SUBMITTED',
        article: 'Art. 8',
        message: {
          zhCN: '第八条：您已提交评审意见；如发现利益冲突，请联系秘书处撤回该评审。',
          en: 'Art. 8: you have already submitted your review; to report a conflict now, contact the secretariat.',
        },
      },
    },
  },
});
export type ReviewAssignmentAction = (typeof reviewAssignmentWorkflow.actionList)[number];
