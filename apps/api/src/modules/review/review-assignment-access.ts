import { type Context } from '../../context.js';
import { type Tx } from '../../db.js';
import { NotFoundError, RuleViolationError } from '../../graphql/error-classes.js';

export const REVIEWING = ['UNDER_REVIEW', 'MORE_INFO_REQUESTED'];

/** The signed-in reviewer's assignment on an application; not assigned (or recused) reads as not found. */
export async function ownAssignment(tx: Tx, ctx: Context, applicationId: string) {
  const reviewerId = ctx.viewer?.userId ?? '';
  const assignment = await tx.reviewerAssignment.findUnique({
    where: { applicationId_reviewerId: { applicationId, reviewerId } },
    include: {
      application: {
        select: {
          id: true,
          status: true,
          eligibilitySnapshot: true,
          organisation: { select: { name: true } },
          functions: { select: { function: true } },
          conflictDeclarations: { where: { reviewerId } },
        },
      },
    },
  });
  if (!assignment || assignment.recusedAt) throw new NotFoundError('Application');
  return assignment;
}

export const declarationRequired = () =>
  new RuleViolationError('Art. 8', 'CONFLICT_DECLARATION_REQUIRED', {
    zhCN: '第八条：评审前须先声明与该申报单位是否存在利益冲突。',
    en: 'Art. 8: declare whether you have a conflict of interest with this applicant before reviewing.',
  });

export const notUnderReview = (status: string) =>
  new RuleViolationError('Art. 8', 'NOT_UNDER_REVIEW', {
    zhCN:
      status === 'MORE_INFO_REQUESTED'
        ? '第八条：该申报正在等待补充材料，补充后方可继续评审。'
        : '第八条：该申报不在评审阶段。',
    en:
      status === 'MORE_INFO_REQUESTED'
        ? 'Art. 8: the application is waiting for more information; review resumes once it is answered.'
        : 'Art. 8: the application is not under review.',
  });
