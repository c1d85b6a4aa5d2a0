import { type ServiceFunction } from '@sme/domain';
import { type Tx } from '../../db.js';
import { isOpenAssignment } from './expert.object.js';

export const REVIEWING = ['UNDER_REVIEW', 'MORE_INFO_REQUESTED'] as const;

/** The pool as the assignment rule sees it: active experts who are active reviewers, with their open load. */
export async function loadPool(tx: Tx) {
  const profiles = await tx.expertProfile.findMany({
    where: { active: true, user: { active: true } },
    select: {
      userId: true,
      functions: true,
      provinceCode: true,
      affiliations: true,
      unitId: true,
      user: {
        select: {
          displayName: true,
          roles: true,
          reviewAssignments: {
            select: { completedAt: true, recusedAt: true, application: { select: { status: true } } },
          },
        },
      },
    },
  });
  // The REVIEWER role is checked here: enum-array filters fail on the PGlite adapter.
  return profiles
    .filter((p) => p.user.roles.includes('REVIEWER'))
    .map((p) => ({
      id: p.userId,
      name: p.user.displayName,
      functions: p.functions as ServiceFunction[],
      provinceCode: p.provinceCode,
      affiliations: p.affiliations,
      unitId: p.unitId,
      load: p.user.reviewAssignments.filter(isOpenAssignment).length,
    }));
}

export const assignableSelect = {
  id: true,
  status: true,
  version: true,
  organisationId: true,
  organisation: {
    select: {
      name: true,
      creditCode: true,
      provinceCode: true,
      memberships: { where: { status: 'ACTIVE' as const }, select: { unitId: true }, take: 1 },
    },
  },
  functions: { select: { function: true } },
  reviewerAssignments: { select: { reviewerId: true, recusedAt: true } },
} as const;

export type AssignableRow = {
  id: string;
  organisationId: string;
  organisation: { name: string; creditCode: string; provinceCode: string | null; memberships: { unitId: string }[] };
  functions: { function: string }[];
  reviewerAssignments: { reviewerId: string; recusedAt: Date | null }[];
};

export function toAssignable(row: AssignableRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationKeys: [row.organisation.name, row.organisation.creditCode],
    provinceCode: row.organisation.provinceCode,
    recommendingUnitId: row.organisation.memberships[0]?.unitId ?? null,
    functions: row.functions.map((f) => f.function as ServiceFunction),
    reviewerIds: row.reviewerAssignments.filter((a) => a.recusedAt === null).map((a) => a.reviewerId),
  };
}

/** Conflicts declared by experts with these organisations (on any of their applications). */
export async function conflictsWith(tx: Tx, organisationIds: string[]) {
  const rows = await tx.conflictDeclaration.findMany({
    where: { hasConflict: true, application: { organisationId: { in: organisationIds } } },
    select: { reviewerId: true, application: { select: { organisationId: true } } },
  });
  return rows.map((r) => ({ expertId: r.reviewerId, organisationId: r.application.organisationId }));
}

export const toDay = (iso: string | null | undefined): Date | null => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
