import { formatChineseDate } from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { membershipKind } from '../../workflow/membership-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { notify } from '../../workflow/notify.js';

import { idOf } from './membership-decision.js';

const EndMembershipInput = builder.inputType('EndMembershipInput', {
  fields: (t) => ({
    organisationId: t.globalID({ required: true }),
    endedOn: t.field({ type: 'Date', required: true }),
    reason: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写终止理由', en: 'give the reason for ending the membership' }))
        .max(2000),
    }),
  }),
});

builder.mutationField('endMembership', (t) =>
  t.prismaField({
    type: 'Membership',
    description:
      "An administrator ends an organisation's active membership; it can no longer submit (Art. 2). History is kept.",
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'EndMembershipResult' },
      result: { name: 'EndMembershipSuccess' },
    },
    args: { input: t.arg({ type: EndMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const organisationId = idOf(input.organisationId, 'Organisation', 'organisationId');
      return prisma().$transaction(async (tx) => {
        const active = await tx.membership.findUnique({ where: { organisationId, status: 'ACTIVE' } });
        if (!active) {
          throw new RuleViolationError('Art. 2', 'NOT_A_MEMBER', {
            zhCN: '第二条：该机构当前不是协会会员。',
            en: 'Art. 2: this organisation is not a member now.',
          });
        }
        if (input.endedOn < active.since.toISOString().slice(0, 10)) {
          throw new ValidationError([
            {
              path: ['input', 'endedOn'],
              message: bilingual({ zhCN: '终止日期不能早于入会日期', en: 'the membership cannot end before it began' }),
            },
          ]);
        }
        await runAction(
          ctx,
          membershipKind,
          {
            id: active.id,
            action: 'end',
            data: { endedOn: new Date(`${input.endedOn}T00:00:00Z`), endReason: input.reason.trim() },
            auditData: { organisationId, endedOn: input.endedOn, reason: input.reason.trim() },
          },
          tx,
        );
        await notify(
          tx,
          { organisationId },
          {
            kind: 'membership.ended',
            title: { zhCN: '会员资格已终止', en: 'Membership ended' },
            body: {
              zhCN: `会员资格于${formatChineseDate(input.endedOn)}终止，理由：${input.reason.trim()}`,
              en: `Membership ended on ${input.endedOn}. Reason: ${input.reason.trim()}`,
            },
            link: '/membership',
          },
        );
        return tx.membership.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: active.id } });
      });
    },
  }),
);
