import { objectionWorkflow, type ObjectionAction, type ObjectionParty, type ObjectionStatus } from '@sme/domain';
import type { Prisma } from '@sme/db';
import { hasRole } from '../context.js';
import { RuleViolationError } from '../graphql/error-classes.js';
import type { SubjectKind } from './run-action.js';

export type LoadedObjection = { id: string; status: ObjectionStatus; receiptNumber: string; noticeStatus: string };

/**
 * An objection to a notice entry (Art. 8) as a subject of the one runner. It has no version:
 * the compare-and-set is on its status, so of two administrators deciding it at once one wins
 * and the other is told it was decided already. It has no timeline table: the audit records
 * (objection.uphold, objection.dismiss) are its history, and the objector reads the outcome
 * with the receipt number.
 */
export const objectionKind: SubjectKind<
  ObjectionStatus,
  ObjectionAction,
  ObjectionParty,
  LoadedObjection,
  never,
  Prisma.ObjectionUncheckedUpdateManyInput
> = {
  type: 'Objection',
  timeline: null,
  entity: 'Objection',
  workflow: objectionWorkflow,
  load: async (tx, id) => {
    const row = await tx.objection.findUnique({
      where: { id },
      select: {
        id: true,
        status: true,
        receiptNumber: true,
        entry: { select: { notice: { select: { status: true } } } },
      },
    });
    return (
      row && { id: row.id, status: row.status, receiptNumber: row.receiptNumber, noticeStatus: row.entry.notice.status }
    );
  },
  partiesOf: (viewer) => (hasRole(viewer, 'ADMIN') ? ['ADMIN'] : []),
  canSee: (viewer) => hasRole(viewer, 'ADMIN'),
  write: async (tx, o, next, data) =>
    (await tx.objection.updateMany({ where: { id: o.id, status: o.status }, data: { ...data, status: next } })).count,
  lost: (_o, action) => {
    const refusal = objectionWorkflow.actions[action].refusedFrom;
    return refusal ? RuleViolationError.from(refusal) : new Error('objection decided concurrently');
  },
};
