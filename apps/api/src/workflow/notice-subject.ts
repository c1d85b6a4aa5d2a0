import { noticeWorkflow, type NoticeAction, type NoticeParty, type NoticeStatus } from '@sme/domain';
import type { Prisma } from '@sme/db';
import { hasRole } from '../context.js';
import { RuleViolationError } from '../graphql/error-classes.js';
import type { SubjectKind } from './run-action.js';

export type LoadedNotice = { id: string; status: NoticeStatus };

/**
 * A public notice (Arts. 8, 9) as a subject of the one runner: published, then closed by the
 * award. Compare-and-set on the status (a notice has no version), so one award closes it. It has
 * no timeline table of its own: its entries' applications carry the timeline entries
 * (publishNotice, award), and the audit records (notice.publish, notice.award) are its history.
 */
export const noticeKind: SubjectKind<
  NoticeStatus,
  NoticeAction,
  NoticeParty,
  LoadedNotice,
  never,
  Prisma.PublicNoticeUncheckedUpdateManyInput
> = {
  type: 'PublicNotice',
  timeline: null,
  entity: 'PublicNotice',
  workflow: noticeWorkflow,
  load: (tx, id) => tx.publicNotice.findUnique({ where: { id }, select: { id: true, status: true } }),
  partiesOf: (viewer) => (hasRole(viewer, 'ADMIN') ? ['ADMIN'] : []),
  canSee: (viewer) => hasRole(viewer, 'ADMIN'),
  write: async (tx, n, next, data) =>
    (await tx.publicNotice.updateMany({ where: { id: n.id, status: n.status }, data: { ...data, status: next } }))
      .count,
  lost: (_n, action) => {
    const refusal = noticeWorkflow.actions[action].refusedFrom;
    return refusal ? RuleViolationError.from(refusal) : new Error('notice changed concurrently');
  },
  auditAction: (action) => `notice.${action}`,
};
