import { type EligibilityResult } from '@sme/domain';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { ApplicationRef } from './application.object.js';
import { submissionFacts } from './submission-facts.js';

import { errorTypes } from './application-action-errors.js';

// ── submit (Art. 7): DRAFT → SUBMITTED ──
const SubmitApplicationInput = builder.inputType('SubmitApplicationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    version: t.int(),
    declarationAccepted: t.boolean({
      required: true,
      description: 'Art. 7(8): the applicant declares the materials authentic.',
    }),
  }),
});

builder.mutationField('submitApplication', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'DRAFT → SUBMITTED. Refused with ROUND_CLOSED (Art. 10), NOT_A_MEMBER (Art. 2), Art. 11 (a renewal of a title revoked or being revoked: REVOKED_CANNOT_RENEW, REVOCATION_PENDING; an ordinary application while holding a valid title: HOLDS_VALID_TITLE), MISSING_MATERIALS (Art. 7), NOT_ELIGIBLE (Art. 5 or 6), DECLARATION_REQUIRED (Art. 7). Facts and eligibility are frozen.',
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'SubmitApplicationResult' },
      result: { name: 'SubmitApplicationSuccess' },
    },
    args: { input: t.arg({ type: SubmitApplicationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        let eligibility: EligibilityResult | undefined;
        const now = new Date();
        const done = await runApplicationAction(
          ctx,
          {
            applicationId: input.applicationId.id,
            action: 'submit',
            expectedVersion: input.version,
            gateFacts: async (t2, app) => {
              const gathered = await submissionFacts(t2, app, input.declarationAccepted);
              eligibility = gathered.eligibility;
              return gathered.facts;
            },
            data: () => ({ submittedAt: now, declarationAcceptedAt: now, eligibilitySnapshot: eligibility as never }),
            auditData: { declarationAccepted: true },
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: done.id } });
      }),
  }),
);
