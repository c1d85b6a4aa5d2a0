import { z } from 'zod';
import { builder } from '../../builder.js';
import { membershipRequestKind } from '../../workflow/membership-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { notify } from '../../workflow/notify.js';

import { idOf, requireDecider } from './membership-decision.js';

const noPendingRequest = () =>
  new RuleViolationError('Art. 2', 'NO_PENDING_REQUEST', {
    zhCN: '第二条：该机构没有待审核的入会申请。',
    en: 'Art. 2: this organisation has no membership request waiting for a decision.',
  });

const RefuseMembershipInput = builder.inputType('RefuseMembershipInput', {
  fields: (t) => ({
    organisationId: t.globalID({ required: true }),
    reason: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写不予通过的理由', en: 'give the reason for refusing' }))
        .max(2000),
    }),
  }),
});

builder.mutationField('refuseMembership', (t) =>
  t.prismaField({
    type: 'MembershipRequest',
    description:
      "Membership Department staff or an administrator refuses an organisation's pending membership request, with a reason (Art. 2).",
    authScopes: { unitStaff: true, admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'RefuseMembershipResult' },
      result: { name: 'RefuseMembershipSuccess' },
    },
    args: { input: t.arg({ type: RefuseMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const organisationId = idOf(input.organisationId, 'Organisation', 'organisationId');
      return prisma().$transaction(async (tx) => {
        await requireDecider(ctx, tx);
        const pending = await tx.membershipRequest.findFirst({
          where: { organisationId, status: 'PENDING' },
          orderBy: { requestedAt: 'desc' },
        });
        if (!pending) throw noPendingRequest();
        const reason = input.reason.trim();
        await runAction(
          ctx,
          membershipRequestKind,
          {
            id: pending.id,
            action: 'refuse',
            parties: ['DECIDER'],
            data: { decidedAt: new Date(), decidedById: ctx.viewer?.userId ?? null, decisionNote: reason },
            auditData: { organisationId, reason },
          },
          tx,
        );
        await notify(
          tx,
          { organisationId },
          {
            kind: 'membership.refused',
            title: { zhCN: '入会申请未通过', en: 'Membership request refused' },
            body: {
              zhCN: `入会申请未通过，理由：${reason}`,
              en: `Your membership request was refused. Reason: ${reason}`,
            },
            link: '/membership',
          },
        );
        return tx.membershipRequest.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: pending.id } });
      });
    },
  }),
);
