import { partiesOf, type ApplicationParty, type ApplicationStatus } from '@sme/domain';
import type { Viewer } from '../context.js';
import type { Tx } from '../db.js';

// What the transition path needs to know about an application: its state, and the relations
// that make the viewer a party to it (the member's current recommending unit, the reviewers
// assigned and not recused).
export const applicationPartySelect = {
  id: true,
  status: true,
  version: true,
  organisationId: true,
  roundId: true,
  isRenewal: true,
  organisation: {
    select: { name: true, memberships: { where: { status: 'ACTIVE' as const }, select: { unitId: true }, take: 1 } },
  },
  reviewerAssignments: { where: { recusedAt: null }, select: { reviewerId: true } },
} as const;

export type LoadedApplication = {
  id: string;
  status: ApplicationStatus;
  version: number;
  organisationId: string;
  roundId: string;
  isRenewal: boolean;
  organisationName: string;
  recommendingUnitId: string | null;
  reviewerIds: string[];
};

type Row = {
  id: string;
  status: string;
  version: number;
  organisationId: string;
  roundId: string;
  isRenewal: boolean;
  organisation: { name: string; memberships: { unitId: string }[] };
  reviewerAssignments: { reviewerId: string }[];
};

export function toLoadedApplication(row: Row): LoadedApplication {
  return {
    id: row.id,
    status: row.status as ApplicationStatus,
    version: row.version,
    organisationId: row.organisationId,
    roundId: row.roundId,
    isRenewal: row.isRenewal,
    organisationName: row.organisation.name,
    recommendingUnitId: row.organisation.memberships[0]?.unitId ?? null,
    reviewerIds: row.reviewerAssignments.map((a) => a.reviewerId),
  };
}

export async function loadApplication(tx: Tx, id: string): Promise<LoadedApplication | null> {
  const row = await tx.application.findUnique({ where: { id }, select: applicationPartySelect });
  return row ? toLoadedApplication(row) : null;
}

export function applicationPartiesOf(
  viewer: Viewer | null,
  app: Pick<LoadedApplication, 'organisationId' | 'recommendingUnitId' | 'reviewerIds'>,
): ApplicationParty[] {
  if (!viewer) return [];
  return partiesOf({
    viewer: {
      userId: viewer.userId,
      roles: viewer.roles,
      organisationId: viewer.organisationId,
      unitId: viewer.unitId,
    },
    application: app,
  });
}

/** Whether the viewer may see the application at all: a party to it, or staff who see every application. */
export function canSeeApplication(viewer: Viewer | null, parties: readonly ApplicationParty[]): boolean {
  if (!viewer) return false;
  return parties.length > 0 || viewer.roles.some((r) => r === 'ADMIN' || r === 'REVIEWER' || r === 'ANALYST');
}
