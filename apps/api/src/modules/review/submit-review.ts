import { applicationRubric, checkScores, weightedScore, type ServiceFunction } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { reviewAssignmentKind } from '../../workflow/review-assignment-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { prisma } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { notify } from '../../workflow/notify.js';
import { recordTimeline } from '../../workflow/timeline.js';
import { ApplicationRef } from '../application/application.object.js';
import { attestedConditionsOf } from './attested-conditions.js';
import { verdictsOf } from './verdicts.js';
import { ReviewRecommendationEnum } from './review.object.js';

import { REVIEWING, ownAssignment, declarationRequired, notUnderReview } from './review-assignment-access.js';

// A rule of this software: a reviewer may revise a review until the decision (the review
// assignment's table lets COMPLETED be completed again), not after; the decision rests on the
// reviews as they were.
const reviewClosed = () =>
  new RuleViolationError('software', 'REVIEW_CLOSED', {
    zhCN: '系统规则：该申报的评审已经结束（已作出评审决定或已撤回），已提交的评审意见不能再修改。',
    en: 'A rule of this system: the review of this application is over (it has been decided or withdrawn); a submitted review can no longer be changed.',
  });

// ── Scoring ─────────────────────────────────────────────────────────────────

const ScoreInput = builder.inputType('ReviewScoreInput', {
  fields: (t) => ({
    criterion: t.string({ required: true, description: 'ReviewCriterion.code' }),
    score: t.float({ required: true }),
  }),
});
const VerdictInput = builder.inputType('AttestationVerdictInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'AttestedCondition.code' }),
    confirmed: t.boolean({ required: true }),
  }),
});

const SubmitReviewInput = builder.inputType('SubmitReviewInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    scores: t.field({ type: [ScoreInput], required: true }),
    recommendation: t.field({ type: ReviewRecommendationEnum, required: true }),
    comment: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写评审意见', en: 'the review comment is required' }))
        .max(10000),
    }),
    attestationVerdicts: t.field({
      type: [VerdictInput],
      description: 'A verdict on every attested condition (Application.attestedConditions).',
    }),
  }),
});

builder.mutationField('submitReview', (t) =>
  t.prismaField({
    type: 'ReviewerAssignment',
    description:
      "Art. 8: an assigned reviewer scores every criterion of the application's sheet, confirms or rejects each attested condition, comments and recommends PASS or FAIL. Submitted again while the application is UNDER_REVIEW, it replaces the same reviewer's earlier review (a revision, on the timeline and in the audit); once decided, REVIEW_CLOSED.",
    authScopes: { reviewer: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'SubmitReviewResult' },
      result: { name: 'SubmitReviewSuccess' },
    },
    args: { input: t.arg({ type: SubmitReviewInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const applicationId = input.applicationId.id;
        const assignment = await ownAssignment(tx, ctx, applicationId);
        const app = assignment.application;
        const declaration = app.conflictDeclarations[0];
        if (!declaration) throw declarationRequired();
        const revising = assignment.completedAt !== null;
        if (revising && !REVIEWING.includes(app.status)) throw reviewClosed();
        if (app.status !== 'UNDER_REVIEW') throw notUnderReview(app.status);
        const rubric = applicationRubric(app.functions.map((f) => f.function as ServiceFunction));
        const checked = checkScores(rubric, input.scores);
        if (!checked.ok) throw RuleViolationError.from(checked.error);

        const attested = attestedConditionsOf(app.eligibilitySnapshot);
        const verdicts = input.attestationVerdicts ?? [];
        const unknown = verdicts.find((v) => !attested.some((a) => a.code === v.code));
        if (unknown) {
          throw new ValidationError([
            {
              path: ['input', 'attestationVerdicts'],
              message: bilingual({
                zhCN: `该申报没有声明事项 ${unknown.code}`,
                en: `the application attests no condition ${unknown.code}`,
              }),
            },
          ]);
        }
        const missing = attested.filter((a) => !verdicts.some((v) => v.code === a.code));
        if (missing.length > 0) {
          throw new RuleViolationError('Art. 5', 'ATTESTATION_VERDICT_REQUIRED', {
            zhCN: `第五条、第六条：请逐项核实申报单位声明的条件：${missing.map((m) => m.message.zhCN).join('；')}`,
            en: `Arts. 5 and 6: confirm or reject every attested condition: ${missing.map((m) => m.message.en).join('; ')}`,
          });
        }

        // A review (first or revised) changes what the decision rests on: the application's version
        // moves, so a decision taken on what was read before is a ConflictError. The status is
        // re-checked under the row lock: a decision committed meanwhile closes the review.
        const moved = await tx.application.updateMany({
          where: { id: applicationId, status: 'UNDER_REVIEW' },
          data: { version: { increment: 1 } },
        });
        if (moved.count !== 1) throw revising ? reviewClosed() : notUnderReview('');

        const score = weightedScore(rubric, input.scores);
        const rejected = verdicts.filter((v) => !v.confirmed).map((v) => v.code);
        // A revision replaces the earlier review whole: scores, verdicts, comment and recommendation.
        if (revising) await tx.reviewScore.deleteMany({ where: { assignmentId: assignment.id } });
        await tx.reviewScore.createMany({
          data: input.scores.map((s) => ({ assignmentId: assignment.id, criterion: s.criterion, score: s.score })),
        });
        await runAction(
          ctx,
          reviewAssignmentKind,
          {
            id: assignment.id,
            action: 'complete',
            data: {
              recommendation: input.recommendation,
              comment: input.comment.trim(),
              weightedScore: score,
              attestationVerdicts: Object.fromEntries(verdicts.map((v) => [v.code, v.confirmed])),
            },
          },
          tx,
        );
        // On the application's timeline without the reviewer's name: applicants read it, and
        // reviewers stay anonymous to them (the audit record names the reviewer).
        await recordTimeline(tx, {
          subjectType: 'Application',
          subjectId: applicationId,
          action: revising ? 'reviseReview' : 'submitReview',
          fromStatus: app.status,
          status: app.status,
          actorId: null,
        });
        await recordAudit(tx, actorOf(ctx), {
          action: revising ? 'review.revise' : 'review.submit',
          entityType: 'Application',
          entityId: applicationId,
          data: {
            assignmentId: assignment.id,
            weightedScore: score,
            recommendation: input.recommendation,
            rejected,
            ...(revising
              ? {
                  previous: {
                    submittedAt: assignment.completedAt?.toISOString() ?? null,
                    weightedScore: assignment.weightedScore,
                    recommendation: assignment.recommendation,
                    rejected: verdictsOf(assignment.attestationVerdicts)
                      .filter((v) => !v.confirmed)
                      .map((v) => v.code),
                  },
                }
              : {}),
          },
        });
        const pending = await tx.reviewerAssignment.count({
          where: { applicationId, recusedAt: null, completedAt: null },
        });
        if (!revising && pending === 0) {
          const title = {
            zhCN: `${app.organisation.name}的评审已全部提交，待决定`,
            en: `All reviews of ${app.organisation.name} are in: ready to decide`,
          };
          await notify(tx, { admins: true }, { kind: 'review.complete', title, body: title, link: `/admin/decisions` });
        }
        return tx.reviewerAssignment.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: assignment.id } });
      }),
  }),
);
