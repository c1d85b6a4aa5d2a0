import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { reviewAssignmentKind } from '../../workflow/review-assignment-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { prisma } from '../../db.js';
import { NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { notify } from '../../workflow/notify.js';
import { ApplicationRef } from '../application/application.object.js';

import { REVIEWING, ownAssignment, notUnderReview } from './review-assignment-access.js';

// ── Conflict of interest ────────────────────────────────────────────────────

const DeclareConflictInput = builder.inputType('DeclareConflictOfInterestInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    hasConflict: t.boolean({ required: true }),
    note: t.string({ validate: z.string().max(2000).nullish() }),
  }),
});

builder.mutationField('declareConflictOfInterest', (t) =>
  t.prismaField({
    type: 'ReviewerAssignment',
    description:
      'Art. 8: an assigned reviewer declares whether they have a conflict of interest, before the materials open to them. A conflict recuses them and flags the application for reassignment.',
    authScopes: { reviewer: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'DeclareConflictOfInterestResult' },
      result: { name: 'DeclareConflictOfInterestSuccess' },
    },
    args: { input: t.arg({ type: DeclareConflictInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const applicationId = input.applicationId.id;
        const assignment = await ownAssignment(tx, ctx, applicationId);
        const app = assignment.application;
        if (!REVIEWING.includes(app.status)) throw notUnderReview(app.status);
        const previous = app.conflictDeclarations[0];
        if (previous && previous.hasConflict === input.hasConflict) {
          return tx.reviewerAssignment.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: assignment.id } });
        }
        if (assignment.completedAt && input.hasConflict) {
          throw new RuleViolationError('Art. 8', 'REVIEW_ALREADY_SUBMITTED', {
            zhCN: '第八条：您已提交评审意见；如发现利益冲突，请联系秘书处撤回该评审。',
            en: 'Art. 8: you have already submitted your review; to report a conflict now, contact the secretariat.',
          });
        }
        const reviewerId = ctx.viewer?.userId ?? '';
        await tx.conflictDeclaration.upsert({
          where: { applicationId_reviewerId: { applicationId, reviewerId } },
          create: { applicationId, reviewerId, hasConflict: input.hasConflict, note: input.note ?? null },
          update: { hasConflict: input.hasConflict, note: input.note ?? null, declaredAt: new Date() },
        });
        if (input.hasConflict) {
          await runAction(ctx, reviewAssignmentKind, { id: assignment.id, action: 'recuse' }, tx);
          const title = {
            zhCN: `评审专家回避：${app.organisation.name}的申报需重新分配评审`,
            en: `A reviewer recused: reassign the application of ${app.organisation.name}`,
          };
          await notify(
            tx,
            { admins: true },
            {
              kind: 'review.recused',
              title,
              body: title,
              link: `/admin/applications/${encodeGlobalID('Application', applicationId)}`,
            },
          );
        }
        await recordAudit(tx, actorOf(ctx), {
          action: input.hasConflict ? 'review.declareConflict' : 'review.declareNoConflict',
          entityType: 'Application',
          entityId: applicationId,
          data: {
            assignmentId: assignment.id,
            hasConflict: input.hasConflict,
            ...(input.note ? { note: input.note } : {}),
          },
        });
        return tx.reviewerAssignment.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: assignment.id } });
      }),
  }),
);
