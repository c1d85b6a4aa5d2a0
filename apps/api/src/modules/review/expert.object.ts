import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ServiceFunction } from '@sme/domain';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';

export function isOpenAssignment(a: {
  completedAt: Date | null;
  recusedAt: Date | null;
  application: { status: string };
}): boolean {
  return (
    a.completedAt === null &&
    a.recusedAt === null &&
    (a.application.status === 'UNDER_REVIEW' || a.application.status === 'MORE_INFO_REQUESTED')
  );
}

/** Assignments that still ask work of the reviewer: not recused, not submitted, the application in review. */
export const OPEN_ASSIGNMENT_WHERE = {
  recusedAt: null,
  completedAt: null,
  application: { status: { in: ['UNDER_REVIEW' as const, 'MORE_INFO_REQUESTED' as const] } },
};

export const ExpertProfileRef = builder.prismaNode('ExpertProfile', {
  id: { field: 'id' },
  description: 'The expert pool (专家库): a reviewer’s expertise, region and affiliations, kept by administrators.',
  authScopes: { admin: true },
  fields: (t) => ({
    reviewerId: t.id({
      description: 'The reviewer’s user id, as assignReviewers takes it.',
      resolve: (p) => encodeGlobalID('User', p.userId),
    }),
    name: t.string({ select: { user: { select: { displayName: true } } }, resolve: (p) => p.user.displayName }),
    email: t.string({ select: { user: { select: { email: true } } }, resolve: (p) => p.user.email }),
    functions: t.field({ type: [ServiceFunctionEnum], resolve: (p) => p.functions as ServiceFunction[] }),
    provinceCode: t.exposeString('provinceCode', { nullable: true }),
    affiliations: t.exposeStringList('affiliations'),
    unit: t.prismaField({
      type: 'Unit',
      nullable: true,
      description: 'The association unit the expert works for: never assigned to applications that unit recommends.',
      resolve: (query, p) => (p.unitId ? prisma().unit.findUnique({ ...query, where: { id: p.unitId } }) : null),
    }),
    active: t.exposeBoolean('active'),
    note: t.exposeString('note', { nullable: true }),
    load: t.int({
      description: 'Open assignments: not recused, not yet submitted, the application still in review.',
      select: {
        user: {
          select: {
            reviewAssignments: {
              select: { completedAt: true, recusedAt: true, application: { select: { status: true } } },
            },
          },
        },
      },
      resolve: (p) => p.user.reviewAssignments.filter(isOpenAssignment).length,
    }),
    completed: t.int({
      description: 'Reviews submitted.',
      select: {
        user: {
          select: {
            reviewAssignments: {
              select: { completedAt: true, recusedAt: true, application: { select: { status: true } } },
            },
          },
        },
      },
      resolve: (p) => p.user.reviewAssignments.filter((a) => a.completedAt !== null).length,
    }),
  }),
});
