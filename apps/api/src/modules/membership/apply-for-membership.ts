import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { notify } from '../../workflow/notify.js';
import { membershipDepartment } from './membership-access.js';

import { alreadyMember } from './membership-decision.js';

const requestPending = () =>
  new RuleViolationError('Art. 2', 'REQUEST_PENDING', {
    zhCN: '第二条：入会申请已提交，正在等待会员部审核。',
    en: 'Art. 2: a membership request is already waiting for the Membership Department.',
  });

const ApplyForMembershipInput = builder.inputType('ApplyForMembershipInput', {
  fields: (t) => ({
    note: t.string({ validate: z.string().max(2000) }),
  }),
});

builder.mutationField('applyForMembership', (t) =>
  t.prismaField({
    type: 'MembershipRequest',
    description: "A member organisation's request to join the association, sent to the Membership Department (Art. 2).",
    authScopes: { member: true },
    errors: {
      types: [ValidationError, RuleViolationError],
      union: { name: 'ApplyForMembershipResult' },
      result: { name: 'ApplyForMembershipSuccess' },
    },
    args: { input: t.arg({ type: ApplyForMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const organisationId = ctx.viewer?.organisationId;
      if (!organisationId) throw new NotFoundError('Organisation');
      return prisma().$transaction(async (tx) => {
        if (await tx.membership.findUnique({ where: { organisationId, status: 'ACTIVE' }, select: { id: true } }))
          throw alreadyMember();
        if (
          await tx.membershipRequest.findFirst({ where: { organisationId, status: 'PENDING' }, select: { id: true } })
        )
          throw requestPending();
        const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
        const created = await tx.membershipRequest.create({
          data: { organisationId, note: input.note?.trim() || null, requestedById: ctx.viewer?.userId ?? null },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'membership.request',
          entityType: 'MembershipRequest',
          entityId: created.id,
          data: { organisationId },
        });
        const department = await membershipDepartment(tx);
        const title = { zhCN: `${org.name}申请入会，待审核`, en: `${org.name} applied for membership` };
        await notify(
          tx,
          { unitId: department.id },
          { kind: 'membership.request', title, body: title, link: '/admin/membership-requests' },
        );
        await notify(
          tx,
          { admins: true },
          { kind: 'membership.request', title, body: title, link: '/admin/membership-requests' },
        );
        return tx.membershipRequest.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: created.id } });
      });
    },
  }),
);
