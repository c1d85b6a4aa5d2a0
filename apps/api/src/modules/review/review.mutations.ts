import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  applicationRubric,
  attestationRejectedFailure,
  checkScores,
  formatChineseDate,
  weightedScore,
  type ServiceFunction,
} from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { reviewAssignmentKind } from '../../workflow/review-assignment-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { hasRole, type Context } from '../../context.js';
import { todayInShanghai } from '../../clock.js';
import { prisma, type Tx } from '../../db.js';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { notify } from '../../workflow/notify.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { recordTimeline } from '../../workflow/timeline.js';
import { ApplicationRef } from '../application/application.object.js';
import { attestedConditionsOf } from './attested-conditions.js';
import { loadRejectedAttestations } from './rejected-attestations.js';
import { verdictsOf } from './verdicts.js';
import { applicationActionErrors } from './recommendation.mutations.js';
import { ReviewOutcomeEnum, ReviewRecommendationEnum } from './review.object.js';

const REVIEWING = ['UNDER_REVIEW', 'MORE_INFO_REQUESTED'];

/** The signed-in reviewer's assignment on an application; not assigned (or recused) reads as not found. */
async function ownAssignment(tx: Tx, ctx: Context, applicationId: string) {
  const reviewerId = ctx.viewer?.userId ?? '';
  const assignment = await tx.reviewerAssignment.findUnique({
    where: { applicationId_reviewerId: { applicationId, reviewerId } },
    include: {
      application: {
        select: {
          id: true,
          status: true,
          eligibilitySnapshot: true,
          organisation: { select: { name: true } },
          functions: { select: { function: true } },
          conflictDeclarations: { where: { reviewerId } },
        },
      },
    },
  });
  if (!assignment || assignment.recusedAt) throw new NotFoundError('Application');
  return assignment;
}

const declarationRequired = () =>
  new RuleViolationError('Art. 8', 'CONFLICT_DECLARATION_REQUIRED', {
    zhCN: '第八条：评审前须先声明与该申报单位是否存在利益冲突。',
    en: 'Art. 8: declare whether you have a conflict of interest with this applicant before reviewing.',
  });

// A rule of this software: a reviewer may revise a review until the decision (the review
// assignment's table lets COMPLETED be completed again), not after; the decision rests on the
// reviews as they were.
const reviewClosed = () =>
  new RuleViolationError('software', 'REVIEW_CLOSED', {
    zhCN: '系统规则：该申报的评审已经结束（已作出评审决定或已撤回），已提交的评审意见不能再修改。',
    en: 'A rule of this system: the review of this application is over (it has been decided or withdrawn); a submitted review can no longer be changed.',
  });

const notUnderReview = (status: string) =>
  new RuleViolationError('Art. 8', 'NOT_UNDER_REVIEW', {
    zhCN:
      status === 'MORE_INFO_REQUESTED'
        ? '第八条：该申报正在等待补充材料，补充后方可继续评审。'
        : '第八条：该申报不在评审阶段。',
    en:
      status === 'MORE_INFO_REQUESTED'
        ? 'Art. 8: the application is waiting for more information; review resumes once it is answered.'
        : 'Art. 8: the application is not under review.',
  });

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

// ── Decisions ───────────────────────────────────────────────────────────────

const DecideApplicationsInput = builder.inputType('DecideApplicationsInput', {
  fields: (t) => ({
    applicationIds: t.globalIDList({
      required: true,
      for: ApplicationRef,
      validate: z
        .array(z.unknown())
        .min(1, bilingual({ zhCN: '请至少选择一项申报', en: 'choose at least one application' })),
    }),
    outcome: t.field({ type: ReviewOutcomeEnum, required: true }),
    note: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写决定说明', en: 'the decision note is required' }))
        .max(5000),
    }),
    versions: t.intList({
      description:
        'The versions read, in the order of applicationIds; a stale one refuses the whole batch (ConflictError).',
    }),
  }),
});

builder.mutationField('decideApplications', (t) =>
  t.prismaField({
    type: ['Application'],
    description:
      'Art. 8: an administrator decides reviewed applications, all or nothing, in one transaction (UNDER_REVIEW → REVIEW_PASSED | REVIEW_FAILED). Each needs at least one submitted review. Passing is refused with ATTESTATION_REJECTED (Art. 5, 应同时具备) while an attested condition stands rejected in the reviews that count (Application.rejectedAttestations).',
    authScopes: { admin: true },
    errors: {
      types: applicationActionErrors,
      union: { name: 'DecideApplicationsResult' },
      result: { name: 'DecideApplicationsSuccess' },
    },
    args: { input: t.arg({ type: DecideApplicationsInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      const ids = input.applicationIds.map((g) => g.id);
      if (input.versions && input.versions.length !== ids.length) {
        throw new ValidationError([
          {
            path: ['input', 'versions'],
            message: bilingual({ zhCN: '版本数须与申报数一致', en: 'give one version per application' }),
          },
        ]);
      }
      const versionOf = new Map(ids.map((id, i) => [id, input.versions?.[i] ?? null]));
      const unique = [...new Set(ids)].sort();
      const action = input.outcome;
      const note = input.note.trim();
      return prisma().$transaction(
        async (tx) => {
          const names = new Map(
            (
              await tx.application.findMany({
                where: { id: { in: unique } },
                select: { id: true, organisation: { select: { name: true } } },
              })
            ).map((a) => [a.id, a.organisation.name]),
          );
          const decidedAt = new Date();
          // Ids in a fixed order, so concurrent batches lock rows in the same order and never deadlock.
          for (const id of unique) {
            try {
              await runApplicationAction(
                ctx,
                {
                  applicationId: id,
                  action,
                  expectedVersion: versionOf.get(id),
                  note,
                  data: () => ({ decidedAt }),
                  apply: async (t2, app) => {
                    const submitted = await t2.reviewerAssignment.count({
                      where: { applicationId: app.id, recusedAt: null, completedAt: { not: null } },
                    });
                    if (submitted === 0) {
                      throw new RuleViolationError('Art. 8', 'NO_REVIEWS', {
                        zhCN: '第八条：该申报尚无专家提交评审意见，不能作出评审决定。',
                        en: 'Art. 8: no reviewer has submitted a review of this application yet; it cannot be decided.',
                      });
                    }
                    if (action === 'passReview') {
                      // Arts. 5 and 9: a condition a reviewer rejected stands in the way of passing.
                      const refused = attestationRejectedFailure(
                        names.get(app.id) ?? '',
                        await loadRejectedAttestations(t2, app.id),
                      );
                      if (refused) throw RuleViolationError.from(refused);
                    }
                    await t2.reviewDecision.create({
                      data: {
                        applicationId: app.id,
                        outcome: action === 'passReview' ? 'PASSED' : 'FAILED',
                        comment: note,
                        decidedById: ctx.viewer?.userId ?? '',
                      },
                    });
                  },
                  auditData: { batch: unique.length },
                },
                tx,
              );
            } catch (error) {
              throw nameTheOrganisation(error, names.get(id));
            }
          }
          return tx.application.findMany({
            ...nonEmptyQuery(query),
            where: { id: { in: unique } },
            orderBy: { id: 'asc' },
          });
        },
        { timeout: 60_000 },
      );
    },
  }),
);

// In a batch, say which organisation stopped it.
function nameTheOrganisation(error: unknown, name: string | undefined): unknown {
  if (!name) return error;
  if (error instanceof RuleViolationError) {
    if (error.text.zhCN.includes(name)) return error; // the message names it already
    return new RuleViolationError(error.article, error.code, {
      zhCN: `${name}：${error.text.zhCN}`,
      en: `${name}: ${error.text.en}`,
    });
  }
  if (error instanceof StaleVersionError) return error;
  return error;
}
