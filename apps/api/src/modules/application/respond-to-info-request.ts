import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, RuleViolationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { applicationPartiesOf, loadApplication } from '../../workflow/load-application.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';

import { errorTypes, reason } from './application-action-errors.js';

// ── provideMoreInfo (Art. 8): MORE_INFO_REQUESTED → UNDER_REVIEW ──
const RespondToInfoRequestInput = builder.inputType('RespondToInfoRequestInput', {
  fields: (t) => ({
    infoRequestId: t.id({ required: true }),
    response: t.string({ required: true, validate: reason({ zhCN: '答复内容', en: 'a response is required' }) }),
  }),
});

function infoRequestIdOf(value: string): string {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === 'InfoRequest') return decoded.id;
  } catch {
    // a raw id
  }
  return value;
}

builder.mutationField('respondToInfoRequest', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'The applicant answers the open request for more information (new material versions are uploaded beforehand); the application returns to review.',
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'RespondToInfoRequestResult' },
      result: { name: 'RespondToInfoRequestSuccess' },
    },
    args: { input: t.arg({ type: RespondToInfoRequestInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const request = await tx.infoRequest.findUnique({
          where: { id: infoRequestIdOf(String(input.infoRequestId)) },
        });
        const app = request ? await loadApplication(tx, request.applicationId) : null;
        if (!request || !app || !applicationPartiesOf(ctx.viewer, app).includes('APPLICANT'))
          throw new NotFoundError('InfoRequest');
        if (request.respondedAt) {
          throw new RuleViolationError('software', 'ALREADY_ANSWERED', {
            zhCN: '该补充材料要求已答复。',
            en: 'This request has already been answered.',
          });
        }
        const response = input.response.trim();
        const done = await runApplicationAction(
          ctx,
          {
            applicationId: app.id,
            action: 'provideMoreInfo',
            note: response,
            apply: async (t2) => {
              await t2.infoRequest.update({
                where: { id: request.id },
                data: { response, respondedAt: new Date(), respondedById: ctx.viewer?.userId ?? null },
              });
            },
            auditData: { infoRequestId: request.id },
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: done.id } });
      }),
  }),
);
