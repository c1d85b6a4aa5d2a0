import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ForbiddenError } from '../../graphql/error-classes.js';
import { canDecideMembership } from './membership-access.js';
import { MembershipRequestRef, MembershipRequestStatusEnum } from './membership-request.object.js';

builder.queryFields((t) => ({
  myOrganisation: t.prismaField({
    type: 'Organisation',
    nullable: true,
    description: "The signed-in member's organisation.",
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer?.organisationId
        ? prisma().organisation.findUnique({ ...query, where: { id: ctx.viewer.organisationId } })
        : null,
  }),

  membershipRequests: t.prismaField({
    type: ['MembershipRequest'],
    description:
      'Membership requests (Art. 2), pending first then newest: for the Membership Department and administrators.',
    authScopes: { unitStaff: true, admin: true },
    args: { status: t.arg({ type: MembershipRequestStatusEnum }) },
    resolve: async (query, _root, args, ctx) => {
      if (!(await canDecideMembership(ctx.viewer)))
        throw new ForbiddenError(
          {
            zhCN: '仅会员部工作人员或管理员可查看入会申请。',
            en: 'Only Membership Department staff or administrators may see membership requests.',
          },
          ctx.locale,
        );
      const rows = await prisma().membershipRequest.findMany({
        ...query,
        where: args.status ? { status: args.status } : {},
        orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
      });
      return [...rows.filter((r) => r.status === 'PENDING'), ...rows.filter((r) => r.status !== 'PENDING')];
    },
  }),
}));

builder.prismaObjectFields('Organisation', (t) => ({
  membershipRequest: t.field({
    type: MembershipRequestRef,
    nullable: true,
    description: 'The latest membership request (Art. 2), with its state and any refusal reason.',
    select: { membershipRequests: { orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }], take: 1 } },
    resolve: (org) => org.membershipRequests[0] ?? null,
  }),
  membershipRequests: t.relation('membershipRequests', {
    query: { orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }] },
  }),
}));
