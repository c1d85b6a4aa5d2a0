import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { UnitRef } from '../unit/unit.object.js';
import { isMembershipDepartmentStaff } from './membership-access.js';

export const MembershipRequestStatusEnum = builder.enumType('MembershipRequestStatus', {
  description: 'Art. 2: a request to join the association, decided by the Membership Department.',
  values: ['PENDING', 'APPROVED', 'REFUSED'] as const,
});

// Seen by the requesting organisation's members, the Membership Department's staff and administrators.
export const MembershipRequestRef = builder.prismaNode('MembershipRequest', {
  id: { field: 'id' },
  authScopes: async (request, ctx) =>
    (hasRole(ctx.viewer, 'MEMBER') && ctx.viewer?.organisationId === request.organisationId) ||
    hasRole(ctx.viewer, 'ADMIN') ||
    (await isMembershipDepartmentStaff(ctx.viewer)),
  fields: (t) => ({
    organisation: t.relation('organisation'),
    note: t.exposeString('note', { nullable: true }),
    status: t.expose('status', { type: MembershipRequestStatusEnum }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true, description: 'The reason given with a refusal.' }),
    unit: t.field({
      type: UnitRef,
      nullable: true,
      description: 'On approval: the unit that developed the member, which will recommend it (Art. 2).',
      resolve: (request) => (request.unitId ? prisma().unit.findUnique({ where: { id: request.unitId } }) : null),
    }),
  }),
});
