import { encodeGlobalID } from '@pothos/plugin-relay';
import { formatChineseDate } from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { bilingual, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { ApplicationRef } from '../application/application.object.js';
import { applicationActionErrors } from './decide-recommendation.js';

import { declarationRequired } from './review-assignment-access.js';

// ── Information requests ────────────────────────────────────────────────────

const RequestMoreInformationInput = builder.inputType('RequestMoreInformationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    request: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写需要补充的内容', en: 'say what information is needed' }))
        .max(5000),
    }),
    dueOn: t.field({ type: 'Date', required: true }),
    version: t.int(),
  }),
});

builder.mutationField('requestMoreInformation', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'Art. 8: an assigned reviewer or an administrator asks the applicant for more, with a due date (UNDER_REVIEW → MORE_INFO_REQUESTED).',
    authScopes: { reviewer: true, admin: true },
    errors: {
      types: applicationActionErrors,
      union: { name: 'RequestMoreInformationResult' },
      result: { name: 'RequestMoreInformationSuccess' },
    },
    args: { input: t.arg({ type: RequestMoreInformationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      const applicationId = input.applicationId.id;
      return prisma().$transaction(async (tx) => {
        const today = todayInShanghai();
        if (input.dueOn <= today) {
          throw new ValidationError([
            {
              path: ['input', 'dueOn'],
              message: bilingual({
                zhCN: `截止日期须晚于今天（${formatChineseDate(today)}）`,
                en: `the due date must be after today (${today})`,
              }),
            },
          ]);
        }
        if (!hasRole(ctx.viewer, 'ADMIN')) {
          // A reviewer asks only once they have declared no conflict (they have then seen the materials).
          const declared = await tx.conflictDeclaration.findUnique({
            where: { applicationId_reviewerId: { applicationId, reviewerId: ctx.viewer?.userId ?? '' } },
          });
          const assigned = await tx.reviewerAssignment.findUnique({
            where: { applicationId_reviewerId: { applicationId, reviewerId: ctx.viewer?.userId ?? '' } },
          });
          if (assigned && !assigned.recusedAt && !declared) throw declarationRequired();
        }
        const request = input.request.trim();
        await runApplicationAction(
          ctx,
          {
            applicationId,
            action: 'requestMoreInfo',
            expectedVersion: input.version,
            note: request,
            apply: async (t2, app) => {
              await t2.infoRequest.create({
                data: {
                  applicationId: app.id,
                  request,
                  dueOn: new Date(`${input.dueOn}T00:00:00.000Z`),
                  requestedById: ctx.viewer?.userId ?? '',
                },
              });
            },
            auditData: { dueOn: input.dueOn },
            notices: (app) => [
              {
                to: { organisationId: app.organisationId },
                notice: {
                  kind: 'application.requestMoreInfo',
                  title: {
                    zhCN: `请于${formatChineseDate(input.dueOn)}前补充申报材料`,
                    en: `Please provide more information by ${input.dueOn}`,
                  },
                  body: { zhCN: request, en: request },
                  link: `/applications/${encodeGlobalID('Application', app.id)}`,
                },
              },
            ],
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: applicationId } });
      });
    },
  }),
);
