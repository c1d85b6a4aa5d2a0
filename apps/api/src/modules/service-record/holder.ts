import type { HeldPeriod } from '@sme/domain';
import { hasRole, type Viewer } from '../../context.js';
import type { Tx } from '../../db.js';
import { formatIsoDate } from '../common/scalars.js';

// Art. 12 speaks to the accredited platform: only the members of the organisation holding a
// title record its services and submit its reports.
export function isHolder(viewer: Viewer | null, organisationId: string): boolean {
  return hasRole(viewer, 'MEMBER') && viewer?.organisationId === organisationId;
}

export type HeldTitle = HeldPeriod & {
  id: string;
  organisationId: string;
  organisationName: string;
  certificateNumber: string;
};

/** A title with the days it was held (a completed revocation ends them on its effective date). */
export async function loadHeldTitle(tx: Tx, id: string): Promise<HeldTitle | null> {
  const row = await tx.accreditation.findUnique({
    where: { id },
    select: {
      id: true,
      organisationId: true,
      certificateNumber: true,
      validFrom: true,
      validUntil: true,
      organisation: { select: { name: true } },
      revocation: { select: { status: true, effectiveOn: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    certificateNumber: row.certificateNumber,
    validFrom: formatIsoDate(row.validFrom),
    validUntil: formatIsoDate(row.validUntil),
    revokedOn:
      row.revocation?.status === 'COMPLETED' && row.revocation.effectiveOn
        ? formatIsoDate(row.revocation.effectiveOn)
        : null,
  };
}
