import {
  membershipRequestWorkflow,
  membershipWorkflow,
  type MembershipAction,
  type MembershipParty,
  type MembershipRequestAction,
  type MembershipRequestParty,
  type MembershipRequestStatus,
  type MembershipStatus,
} from '@sme/domain';
import type { Prisma } from '@sme/db';
import { hasRole } from '../context.js';
import { RuleViolationError } from '../graphql/error-classes.js';
import type { SubjectKind } from './run-action.js';

export type LoadedMembershipRequest = { id: string; status: MembershipRequestStatus; organisationId: string };
export type LoadedMembership = { id: string; status: MembershipStatus; organisationId: string };

/**
 * A request to join (Art. 2) as a subject of the one runner. Who decides it (the Membership
 * Department's staff or an administrator) needs a database read, so the mutations check it and
 * pass `parties: ['DECIDER']`. No version: the compare-and-set is on the status. No timeline
 * table: the audit records (membershipRequest.approve, membership.refuse) are its history.
 */
export const membershipRequestKind: SubjectKind<
  MembershipRequestStatus,
  MembershipRequestAction,
  MembershipRequestParty,
  LoadedMembershipRequest,
  never,
  Prisma.MembershipRequestUncheckedUpdateManyInput
> = {
  type: 'MembershipRequest',
  timeline: null,
  entity: 'MembershipRequest',
  workflow: membershipRequestWorkflow,
  load: (tx, id) =>
    tx.membershipRequest.findUnique({ where: { id }, select: { id: true, status: true, organisationId: true } }),
  partiesOf: () => [],
  canSee: () => false,
  write: async (tx, r, next, data) =>
    (await tx.membershipRequest.updateMany({ where: { id: r.id, status: r.status }, data: { ...data, status: next } }))
      .count,
  lost: (_r, action) => {
    const refusal = membershipRequestWorkflow.actions[action].refusedFrom;
    return refusal ? RuleViolationError.from(refusal) : new Error('membership request decided concurrently');
  },
  // The refusal has always been recorded as membership.refuse, with the request as its entity.
  auditAction: (action) => (action === 'refuse' ? 'membership.refuse' : `membershipRequest.${action}`),
};

/**
 * A membership (Art. 2) as a subject of the one runner: an administrator ends it. No version: the
 * compare-and-set is on the status. No timeline table: the audit records (membership.end) are its
 * history.
 */
export const membershipKind: SubjectKind<
  MembershipStatus,
  MembershipAction,
  MembershipParty,
  LoadedMembership,
  never,
  Prisma.MembershipUncheckedUpdateManyInput
> = {
  type: 'Membership',
  timeline: null,
  entity: 'Membership',
  workflow: membershipWorkflow,
  load: (tx, id) =>
    tx.membership.findUnique({ where: { id }, select: { id: true, status: true, organisationId: true } }),
  partiesOf: (viewer) => (hasRole(viewer, 'ADMIN') ? ['ADMIN'] : []),
  canSee: (viewer) => hasRole(viewer, 'ADMIN'),
  write: async (tx, m, next, data) =>
    (await tx.membership.updateMany({ where: { id: m.id, status: m.status }, data: { ...data, status: next } })).count,
  lost: (_m, action) => {
    const refusal = membershipWorkflow.actions[action].refusedFrom;
    return refusal ? RuleViolationError.from(refusal) : new Error('membership changed concurrently');
  },
};
