import { rejectedAttestations, type RejectedAttestation, type ReviewOfAttestations } from '@sme/domain';
import type { Tx } from '../../db.js';
import { attestedConditionsOf } from './attested-conditions.js';
import { verdictsOf } from './verdicts.js';

/** The selection `rejectedAttestationsOf` reads, for Prisma queries and Pothos field selections. */
export const REVIEWS_OF_ATTESTATIONS = {
  eligibilitySnapshot: true,
  reviewerAssignments: {
    select: {
      reviewerId: true,
      completedAt: true,
      recusedAt: true,
      attestationVerdicts: true,
      reviewer: { select: { displayName: true } },
    },
  },
} as const;

type Loaded = {
  eligibilitySnapshot: unknown;
  reviewerAssignments: {
    reviewerId: string;
    completedAt: Date | null;
    recusedAt: Date | null;
    attestationVerdicts: unknown;
    reviewer: { displayName: string };
  }[];
};

/** The attested conditions that stand rejected in an application's counting reviews (the domain's rule). */
export function rejectedAttestationsOf(app: Loaded): RejectedAttestation[] {
  const reviews: ReviewOfAttestations[] = app.reviewerAssignments.map((a) => ({
    reviewerId: a.reviewerId,
    reviewerName: a.reviewer.displayName,
    submittedAt: a.completedAt?.toISOString() ?? null,
    recused: a.recusedAt !== null,
    verdicts: verdictsOf(a.attestationVerdicts),
  }));
  return rejectedAttestations(attestedConditionsOf(app.eligibilitySnapshot), reviews);
}

export async function loadRejectedAttestations(
  tx: Pick<Tx, 'application'>,
  applicationId: string,
): Promise<RejectedAttestation[]> {
  const app = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: REVIEWS_OF_ATTESTATIONS });
  return rejectedAttestationsOf(app);
}
