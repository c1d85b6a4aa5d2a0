import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  applicationRubric,
  summariseReviews,
  WIDE_SPREAD_POINTS,
  type RejectedAttestation,
  type ReviewCriterion,
  type ServiceFunction,
} from '@sme/domain';
import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { pick } from '../common/locale.js';
import { attestedConditionsOf, type AttestedCondition } from './attested-conditions.js';
import { REVIEWS_OF_ATTESTATIONS, rejectedAttestationsOf } from './rejected-attestations.js';
import { mayReadReview, readsAllReviews } from './review-access.js';
import { verdictsOf, type Verdict } from './verdicts.js';

export const ReviewRecommendationEnum = builder.enumType('ReviewRecommendation', {
  description: "Art. 8: a reviewer's recommendation; the decision is the association's.",
  values: ['PASS', 'FAIL'] as const,
});

export const ReviewOutcomeEnum = builder.enumType('ReviewOutcome', {
  description: 'Art. 8: the review decision on an application (UNDER_REVIEW → REVIEW_PASSED | REVIEW_FAILED).',
  values: {
    REVIEW_PASSED: { value: 'passReview' as const },
    REVIEW_FAILED: { value: 'failReview' as const },
    PASSED: { value: 'passReview' as const, deprecationReason: 'Use REVIEW_PASSED.' },
    FAILED: { value: 'failReview' as const, deprecationReason: 'Use REVIEW_FAILED.' },
  },
});

export const ReviewCriterionRef = builder.objectRef<ReviewCriterion>('ReviewCriterion').implement({
  description: 'One line of a score sheet (Arts. 5 and 6): a reviewer gives 0…maxScore; it weighs `weight` of 100.',
  fields: (t) => ({
    code: t.exposeString('code'),
    article: t.exposeString('article'),
    title: t.string({ description: "In the caller's language.", resolve: (c, _a, ctx) => pick(c.title, ctx.locale) }),
    titleZh: t.string({ resolve: (c) => c.title.zhCN }),
    titleEn: t.string({ resolve: (c) => c.title.en }),
    weight: t.exposeFloat('weight'),
    maxScore: t.exposeFloat('maxScore'),
  }),
});

export const AttestedConditionRef = builder.objectRef<AttestedCondition>('AttestedCondition').implement({
  description:
    'A qualitative condition the applicant attested to (frozen at submission); reviewers confirm or reject it.',
  fields: (t) => ({
    code: t.exposeString('code'),
    article: t.exposeString('article'),
    function: t.field({
      type: ServiceFunctionEnum,
      nullable: true,
      resolve: (c) => (c.function as ServiceFunction | null) ?? null,
    }),
    message: t.string({ resolve: (c, _a, ctx) => pick(c.message, ctx.locale) }),
    condition: t.string({
      description: "The condition alone, in the caller's language (cite it with `article`).",
      resolve: (c, _a, ctx) => pick(c.condition, ctx.locale),
    }),
  }),
});

export const AttestationVerdictRef = builder.objectRef<Verdict>('AttestationVerdict').implement({
  fields: (t) => ({ code: t.exposeString('code'), confirmed: t.exposeBoolean('confirmed') }),
});

export const RejectedAttestationRef = builder.objectRef<RejectedAttestation>('RejectedAttestation').implement({
  description:
    'Arts. 5 and 9: an attested condition that stands rejected in the reviews that count (submitted, by a reviewer assigned and not recused, each reviewer’s latest); it stops the application from passing review until that reviewer revises.',
  fields: (t) => ({
    code: t.exposeString('code'),
    article: t.exposeString('article'),
    condition: t.string({
      description: "The condition in the caller's language.",
      resolve: (r, _a, ctx) => pick(r.condition, ctx.locale),
    }),
    rejectedBy: t.stringList({
      description: 'The reviewers who rejected it.',
      resolve: (r) => r.rejectedBy.map((p) => p.reviewerName),
    }),
  }),
});

const ReviewScoreRef = builder.objectRef<{ criterion: string; score: number }>('ReviewScore').implement({
  description: "A reviewer's score on one criterion (ReviewCriterion.code).",
  fields: (t) => ({
    criterion: t.exposeString('criterion'),
    score: t.exposeFloat('score'),
  }),
});

// Whether the viewer may read this assignment's scores (the hiding rule, review-access.ts).
const hidingSelect = (ctx: { viewer: { userId: string } | null }) => ({
  reviewerId: true,
  application: {
    select: { reviewerAssignments: { where: { reviewerId: ctx.viewer?.userId ?? '' }, select: { completedAt: true } } },
  },
});
type HidingRow = { reviewerId: string; application: { reviewerAssignments: { completedAt: Date | null }[] } };
const visible = (a: HidingRow, ctx: Parameters<typeof mayReadReview>[0] extends infer V ? { viewer: V } : never) =>
  mayReadReview(ctx.viewer, a, a.application.reviewerAssignments[0]?.completedAt);

export const ReviewerAssignmentRef = builder.prismaNode('ReviewerAssignment', {
  id: { field: 'id' },
  description:
    'Art. 8: a reviewer assigned to an application. Scores stay hidden from other reviewers until they submit their own.',
  authScopes: (a, ctx) =>
    readsAllReviews(ctx.viewer) || a.reviewerId === ctx.viewer?.userId || hasRole(ctx.viewer, 'REVIEWER'),
  fields: (t) => ({
    application: t.relation('application'),
    reviewerId: t.id({ resolve: (a) => encodeGlobalID('User', a.reviewerId) }),
    reviewerName: t.string({
      select: { reviewer: { select: { displayName: true } } },
      resolve: (a) => a.reviewer.displayName,
    }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime' }),
    dueOn: t.expose('dueOn', { type: 'Date', nullable: true }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the review was submitted.',
    }),
    recusedAt: t.expose('recusedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Set when the reviewer declared a conflict of interest.',
    }),
    conflictDeclaredAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When the reviewer declared (no) conflict of interest; null until then, and the materials stay closed to them.',
      select: (_args, _ctx, nested) => ({
        reviewerId: true,
        application: {
          select: { conflictDeclarations: { select: { reviewerId: true, declaredAt: true, hasConflict: true } } },
        },
        ...nested,
      }),
      resolve: (a) => a.application.conflictDeclarations.find((d) => d.reviewerId === a.reviewerId)?.declaredAt ?? null,
    }),
    recommendation: t.field({
      type: ReviewRecommendationEnum,
      nullable: true,
      select: (_a, ctx) => ({ ...hidingSelect(ctx), recommendation: true }),
      resolve: (a, _args, ctx) => (visible(a, ctx) ? a.recommendation : null),
    }),
    comment: t.string({
      nullable: true,
      select: (_a, ctx) => ({ ...hidingSelect(ctx), comment: true }),
      resolve: (a, _args, ctx) => (visible(a, ctx) ? a.comment : null),
    }),
    weightedScore: t.float({
      nullable: true,
      description: 'Σ score / maxScore × weight over the score sheet, 0–100.',
      select: (_a, ctx) => ({ ...hidingSelect(ctx), weightedScore: true }),
      resolve: (a, _args, ctx) => (visible(a, ctx) ? a.weightedScore : null),
    }),
    scores: t.field({
      type: [ReviewScoreRef],
      select: (_a, ctx) => ({
        ...hidingSelect(ctx),
        scores: { select: { criterion: true, score: true }, orderBy: { criterion: 'asc' as const } },
      }),
      resolve: (a, _args, ctx) => (visible(a, ctx) ? a.scores : []),
    }),
    attestationVerdicts: t.field({
      type: [AttestationVerdictRef],
      select: (_a, ctx) => ({ ...hidingSelect(ctx), attestationVerdicts: true }),
      resolve: (a, _args, ctx) => (visible(a, ctx) ? verdictsOf(a.attestationVerdicts) : []),
    }),
  }),
});

type ReviewsSummary = ReturnType<typeof summariseReviews> & { wideSpread: boolean; assignmentIds: string[] };

const ApplicationReviewsRef = builder.objectRef<ReviewsSummary>('ApplicationReviews').implement({
  description: "The panel's submitted reviews of one application: weighted average, spread and recommendations.",
  fields: (t) => ({
    count: t.exposeInt('count'),
    average: t.exposeFloat('average', { nullable: true }),
    spread: t.exposeFloat('spread', { nullable: true, description: 'Highest minus lowest weighted score.' }),
    wideSpread: t.exposeBoolean('wideSpread', { description: `Spread of ${WIDE_SPREAD_POINTS} points or more.` }),
    pass: t.exposeInt('pass'),
    fail: t.exposeInt('fail'),
    submitted: t.prismaField({
      type: ['ReviewerAssignment'],
      resolve: (query, summary) => {
        return prisma().reviewerAssignment.findMany({
          ...query,
          where: { id: { in: summary.assignmentIds } },
          orderBy: { completedAt: 'asc' },
        });
      },
    }),
  }),
});

builder.prismaObject('InfoRequest', {
  description: 'Art. 8: a request to the applicant for more information, with a due date.',
  fields: (t) => ({
    id: t.exposeID('id'),
    request: t.exposeString('request'),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime' }),
    response: t.exposeString('response', { nullable: true }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    requestedBy: t.string({
      select: { requestedBy: { select: { displayName: true } } },
      resolve: (r) => r.requestedBy.displayName,
    }),
  }),
});

export const RecommendationDecisionEnum = builder.enumType('RecommendationDecision', {
  description: "Art. 2: a unit's decision on a submitted application.",
  values: ['RECOMMENDED', 'RETURNED', 'DECLINED'] as const,
});

builder.prismaObject('Recommendation', {
  description: "Art. 2: a recommending unit's decision with its opinion or reason.",
  fields: (t) => ({
    id: t.exposeID('id'),
    decision: t.expose('decision', { type: RecommendationDecisionEnum }),
    comment: t.exposeString('comment', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime' }),
    unit: t.relation('unit'),
    decidedBy: t.string({
      select: { decidedBy: { select: { displayName: true } } },
      resolve: (r) => r.decidedBy.displayName,
    }),
  }),
});

// What staff read about an application's review.
builder.prismaObjectFields('Application', (t) => ({
  rubric: t.field({
    type: [ReviewCriterionRef],
    description:
      "This application's score sheet: Art. 5 and the Art. 6 lines of its declared functions, weights summing to 100.",
    select: { functions: { select: { function: true } } },
    resolve: (app) => applicationRubric(app.functions.map((f: { function: ServiceFunction }) => f.function)),
  }),
  attestedConditions: t.field({
    type: [AttestedConditionRef],
    description: 'The qualitative conditions attested at submission, for reviewers to confirm or reject.',
    select: { eligibilitySnapshot: true },
    resolve: (app) => attestedConditionsOf(app.eligibilitySnapshot),
  }),
  rejectedAttestations: t.field({
    type: [RejectedAttestationRef],
    description:
      'Arts. 5 and 9: the attested conditions that stand rejected in the reviews that count; while any does, decideApplications(REVIEW_PASSED) is refused (ATTESTATION_REJECTED). Empty to those who may not read every review (the hiding rule).',
    select: {
      ...REVIEWS_OF_ATTESTATIONS,
      reviewerAssignments: { select: { ...REVIEWS_OF_ATTESTATIONS.reviewerAssignments.select } },
    },
    resolve: (app, _args, ctx) => {
      const own = app.reviewerAssignments.find((a) => a.reviewerId === ctx.viewer?.userId);
      if (!readsAllReviews(ctx.viewer) && !(hasRole(ctx.viewer, 'REVIEWER') && own?.completedAt && !own.recusedAt))
        return [];
      return rejectedAttestationsOf(app);
    },
  }),
  recommendations: t.relation('recommendations', {
    description: "The recommending unit's decisions, oldest first (Art. 2).",
    query: { orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }] },
  }),
  infoRequests: t.relation('infoRequests', {
    description: 'Requests for more information, oldest first.',
    query: { orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] },
  }),
  assignments: t.relation('reviewerAssignments', {
    description:
      'Reviewers assigned (recused ones included). Administrators, analysts and reviewers only; scores follow the hiding rule.',
    query: { orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }] },
    authScopes: { admin: true, analyst: true, reviewer: true },
    unauthorizedResolver: () => [] as never,
  }),
  myAssignment: t.prismaField({
    type: 'ReviewerAssignment',
    nullable: true,
    description: "The signed-in reviewer's own assignment on this application.",
    resolve: (query, app, _args, ctx) => {
      if (!ctx.viewer) return null;
      return prisma().reviewerAssignment.findUnique({
        ...query,
        where: { applicationId_reviewerId: { applicationId: app.id, reviewerId: ctx.viewer.userId } },
      });
    },
  }),
  needsReassignment: t.boolean({
    description: 'A reviewer recused themselves (declared a conflict) and no reviewer was assigned since.',
    select: { status: true, reviewerAssignments: { select: { assignedAt: true, recusedAt: true } } },
    resolve: (app) => needsReassignment(app.status, app.reviewerAssignments),
  }),
  reviews: t.field({
    type: ApplicationReviewsRef,
    nullable: true,
    description:
      'Weighted average, spread and recommendations of the submitted reviews; null to a reviewer who has not submitted their own, and to unit staff.',
    select: {
      reviewerAssignments: {
        select: {
          id: true,
          reviewerId: true,
          completedAt: true,
          recusedAt: true,
          weightedScore: true,
          recommendation: true,
        },
      },
    },
    resolve: (app, _args, ctx) => {
      const own = app.reviewerAssignments.find((a) => a.reviewerId === ctx.viewer?.userId);
      if (!readsAllReviews(ctx.viewer) && !(hasRole(ctx.viewer, 'REVIEWER') && own?.completedAt)) return null;
      const done = app.reviewerAssignments.filter(
        (a) => a.completedAt && !a.recusedAt && a.weightedScore !== null && a.recommendation !== null,
      );
      const summary = summariseReviews(
        done.map((a) => ({
          weightedScore: a.weightedScore as number,
          recommendation: a.recommendation as 'PASS' | 'FAIL',
        })),
      );
      return {
        ...summary,
        wideSpread: (summary.spread ?? 0) >= WIDE_SPREAD_POINTS,
        assignmentIds: done.map((a) => a.id),
      };
    },
  }),
}));

export function needsReassignment(
  status: string,
  assignments: readonly { assignedAt: Date; recusedAt: Date | null }[],
): boolean {
  if (status !== 'UNDER_REVIEW' && status !== 'MORE_INFO_REQUESTED') return false;
  return assignments.some(
    (r) => r.recusedAt !== null && !assignments.some((o) => o.assignedAt > (r.recusedAt as Date)),
  );
}
