import { type EligibilityResult } from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { ApplicationRef } from './application.object.js';
import { submissionFacts } from './submission-facts.js';

import { errorTypes } from './application-action-errors.js';

// ── resubmit (Art. 2): RETURNED → SUBMITTED ──
const ResubmitApplicationInput = builder.inputType('ResubmitApplicationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    version: t.int(),
    note: t.string({ validate: z.string().max(4000) }),
  }),
});

builder.mutationField('resubmitApplication', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'RETURNED → SUBMITTED, back to the recommending unit. The same conditions as submitting (Art. 11 included), except the deadline (it was in time when first sent).',
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'ResubmitApplicationResult' },
      result: { name: 'ResubmitApplicationSuccess' },
    },
    args: { input: t.arg({ type: ResubmitApplicationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        let eligibility: EligibilityResult | undefined;
        const done = await runApplicationAction(
          ctx,
          {
            applicationId: input.applicationId.id,
            action: 'resubmit',
            expectedVersion: input.version,
            note: input.note?.trim() || null,
            gateFacts: async (t2, app) => {
              const gathered = await submissionFacts(t2, app, true);
              eligibility = gathered.eligibility;
              return gathered.facts;
            },
            data: () => ({ submittedAt: new Date(), eligibilitySnapshot: eligibility as never }),
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: done.id } });
      }),
  }),
);
