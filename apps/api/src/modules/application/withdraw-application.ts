import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { ApplicationRef } from './application.object.js';

import { errorTypes, reason } from './application-action-errors.js';

// ── withdraw (Art. 3): → WITHDRAWN ──
const WithdrawApplicationInput = builder.inputType('WithdrawApplicationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    version: t.int(),
    reason: t.string({
      required: true,
      validate: reason({ zhCN: '撤回理由', en: 'the reason for withdrawing is required' }),
    }),
  }),
});

builder.mutationField('withdrawApplication', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'The applicant withdraws its application, with a reason, before any review decision. A draft is deleted instead.',
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'WithdrawApplicationResult' },
      result: { name: 'WithdrawApplicationSuccess' },
    },
    args: { input: t.arg({ type: WithdrawApplicationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const done = await runApplicationAction(
          ctx,
          {
            applicationId: input.applicationId.id,
            action: 'withdraw',
            expectedVersion: input.version,
            note: input.reason.trim(),
            data: () => ({ withdrawnAt: new Date() }),
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: done.id } });
      }),
  }),
);
