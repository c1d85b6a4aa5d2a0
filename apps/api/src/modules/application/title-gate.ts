import { canFileNewApplication, renewedTitleBlocker, type DomainFailure, type IsoDate } from '@sme/domain';
import type { Tx } from '../../db.js';
import { formatIsoDate } from '../common/scalars.js';
import { renewedTitleOf, renewedTitleSelect } from '../title/renewed-title.js';

/**
 * Art. 11 for an ordinary (non-renewal) application: while the organisation holds a valid title
 * it files no new application — outside the title's expiry year it waits for that year, in it it
 * renews (再次申报) instead. Only a completed revocation in effect frees it; one still open keeps
 * the title held. Null when nothing stands in the way.
 */
export async function heldTitleBlocker(
  tx: Tx,
  organisationId: string,
  today: IsoDate,
  roundYear: number,
): Promise<DomainFailure | null> {
  const day = new Date(`${today}T00:00:00Z`);
  const titles = await tx.accreditation.findMany({
    where: { organisationId, validUntil: { gte: day } },
    select: { validFrom: true, validUntil: true, revocation: { select: { status: true, effectiveOn: true } } },
  });
  const held = canFileNewApplication(
    titles.map((t) => ({
      validFrom: formatIsoDate(t.validFrom),
      validUntil: formatIsoDate(t.validUntil),
      revocation:
        t.revocation?.status === 'COMPLETED' && t.revocation.effectiveOn
          ? { effectiveOn: formatIsoDate(t.revocation.effectiveOn) }
          : null,
    })),
    today,
    roundYear,
  );
  return held.ok ? null : held.error;
}

/**
 * Art. 11 at every step of an application: a renewal stops when the title it renews has been
 * revoked or is being revoked since it was drafted; an ordinary application stops while the
 * organisation holds a valid title (heldTitleBlocker).
 */
export async function titleGate(
  tx: Tx,
  app: { id: string; organisationId: string; isRenewal: boolean },
  today: IsoDate,
  roundYear: number,
): Promise<DomainFailure | null> {
  if (!app.isRenewal) return heldTitleBlocker(tx, app.organisationId, today, roundYear);
  const row = await tx.application.findUniqueOrThrow({
    where: { id: app.id },
    select: { renewsAccreditation: { select: renewedTitleSelect } },
  });
  return row.renewsAccreditation ? renewedTitleBlocker(renewedTitleOf(row.renewsAccreditation), today) : null;
}
