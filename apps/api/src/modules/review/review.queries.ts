import { rubricFor, type ServiceFunction } from '@sme/domain';
import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { OPEN_ASSIGNMENT_WHERE } from './expert.object.js';
import { ReviewCriterionRef } from './review.object.js';

type ReviewToDo = {
  toRecommend: number;
  toAssign: number;
  toReassign: number;
  toScore: number;
  toDecide: number;
  overdueInfoRequests: number;
};

const ReviewToDoRef = builder.objectRef<ReviewToDo>('ReviewToDo').implement({
  description: "The workbench's review counts for the signed-in staff member (zero where the role has nothing to do).",
  fields: (t) => ({
    toRecommend: t.exposeInt('toRecommend', { description: "Unit staff: their members' submitted applications." }),
    toAssign: t.exposeInt('toAssign', { description: 'Administrators: recommended applications without reviewers.' }),
    toReassign: t.exposeInt('toReassign', {
      description: 'Administrators: applications in review a reviewer recused from, not yet replaced.',
    }),
    toScore: t.exposeInt('toScore', { description: 'Reviewers: their open assignments.' }),
    toDecide: t.exposeInt('toDecide', {
      description: 'Administrators: applications in review with every assigned review submitted.',
    }),
    overdueInfoRequests: t.exposeInt('overdueInfoRequests', {
      description: 'Unanswered information requests past their due date.',
    }),
  }),
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

builder.queryFields((t) => ({
  recommendationQueue: t.prismaField({
    type: ['Application'],
    description: "Art. 2: the submitted applications of the unit's own members, oldest first.",
    authScopes: { unitStaff: true },
    resolve: (query, _root, _args, ctx) =>
      prisma().application.findMany({
        ...query,
        where: {
          status: 'SUBMITTED',
          organisation: { memberships: { some: { status: 'ACTIVE', unitId: ctx.viewer?.unitId ?? '' } } },
        },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      }),
  }),

  myReviewAssignments: t.prismaField({
    type: ['ReviewerAssignment'],
    description: "The signed-in reviewer's assignments, open ones first (recused ones included, marked).",
    authScopes: { reviewer: true },
    resolve: async (query, _root, _args, ctx) => {
      const rows = await prisma().reviewerAssignment.findMany({
        ...query,
        where: { reviewerId: ctx.viewer?.userId ?? '' },
        orderBy: [{ assignedAt: 'desc' }, { id: 'asc' }],
      });
      return rows;
    },
  }),

  reviewRubric: t.field({
    type: [ReviewCriterionRef],
    description: 'The score sheet for one service function: Art. 5 (60 points) and its Art. 6 lines (40).',
    authScopes: { staff: true },
    args: { function: t.arg({ type: ServiceFunctionEnum, required: true }) },
    resolve: (_root, args) => rubricFor(args.function as ServiceFunction),
  }),

  experts: t.prismaField({
    type: ['ExpertProfile'],
    description: 'The expert pool, with each expert’s load.',
    authScopes: { admin: true },
    args: { includeInactive: t.arg.boolean() },
    resolve: (query, _root, args) =>
      prisma().expertProfile.findMany({
        ...query,
        where: args.includeInactive ? {} : { active: true },
        orderBy: [{ user: { displayName: 'asc' } }, { id: 'asc' }],
      }),
  }),

  reviewToDo: t.field({
    type: ReviewToDoRef,
    authScopes: { staff: true },
    resolve: async (_root, _args, ctx) => {
      const db = prisma();
      const viewer = ctx.viewer;
      const admin = hasRole(viewer, 'ADMIN');
      const today = day(todayInShanghai());
      const zero = Promise.resolve(0);
      const [toRecommend, toAssign, toScore, inReview, overdueInfoRequests] = await Promise.all([
        hasRole(viewer, 'UNIT_STAFF')
          ? db.application.count({
              where: {
                status: 'SUBMITTED',
                organisation: { memberships: { some: { status: 'ACTIVE', unitId: viewer?.unitId ?? '' } } },
              },
            })
          : zero,
        admin ? db.application.count({ where: { status: 'RECOMMENDED' } }) : zero,
        hasRole(viewer, 'REVIEWER')
          ? db.reviewerAssignment.count({ where: { reviewerId: viewer?.userId ?? '', ...OPEN_ASSIGNMENT_WHERE } })
          : zero,
        admin
          ? db.application.findMany({
              where: { status: 'UNDER_REVIEW' },
              select: { reviewerAssignments: { select: { assignedAt: true, recusedAt: true, completedAt: true } } },
            })
          : Promise.resolve([]),
        admin || hasRole(viewer, 'REVIEWER')
          ? db.infoRequest.count({
              where: {
                respondedAt: null,
                dueOn: { lt: today },
                application: {
                  status: 'MORE_INFO_REQUESTED',
                  ...(admin
                    ? {}
                    : { reviewerAssignments: { some: { reviewerId: viewer?.userId ?? '', recusedAt: null } } }),
                },
              },
            })
          : zero,
      ]);
      const toReassign = inReview.filter((a) =>
        a.reviewerAssignments.some(
          (r) => r.recusedAt !== null && !a.reviewerAssignments.some((o) => o.assignedAt > (r.recusedAt as Date)),
        ),
      ).length;
      const toDecide = inReview.filter((a) => {
        const active = a.reviewerAssignments.filter((r) => r.recusedAt === null);
        return active.length > 0 && active.every((r) => r.completedAt !== null);
      }).length;
      return { toRecommend, toAssign, toReassign, toScore, toDecide, overdueInfoRequests };
    },
  }),
}));
