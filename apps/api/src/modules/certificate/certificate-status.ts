import { accreditationStatusOn, isRevocationPending, type AccreditationStatus, type IsoDate } from '@sme/domain';
import { formatIsoDate } from '../common/scalars.js';

// The domain's AccreditationStatus under its GraphQL name, CertificateStatus.
export type CertificateStatus = AccreditationStatus;

export type AccreditationDates = {
  validFrom: Date | string;
  validUntil: Date | string;
  revocation?: { status: string; effectiveOn: Date | string | null } | null;
};

/** A completed revocation's first day without the title; an open one has none yet (Art. 13). */
export function revokedOn(a: AccreditationDates): IsoDate | null {
  const r = a.revocation;
  return r && r.status === 'COMPLETED' && r.effectiveOn ? formatIsoDate(r.effectiveOn) : null;
}

/** Arts. 11 and 13: the title's status on a day, as the public verification page shows it. */
export function certificateStatusOn(a: AccreditationDates, today: IsoDate): CertificateStatus {
  const effectiveOn = revokedOn(a);
  return accreditationStatusOn(
    { validFrom: formatIsoDate(a.validFrom), validUntil: formatIsoDate(a.validUntil) },
    today,
    effectiveOn ? { effectiveOn } : null,
  );
}

/**
 * Arts. 11 and 13: a revocation is open (a failed spot check opened it, or an administrator
 * decided it with an effective date still to come): the title is shown as 撤销办理中. Public,
 * like the revocation's outcome; what was found stays with those who see the holder's records.
 */
export function revocationPendingOn(a: Pick<AccreditationDates, 'revocation'>, today: IsoDate): boolean {
  const r = a.revocation;
  if (!r) return false;
  return isRevocationPending(
    {
      status: r.status === 'OPEN' ? 'OPEN' : 'COMPLETED',
      effectiveOn: r.effectiveOn ? formatIsoDate(r.effectiveOn) : null,
    },
    today,
  );
}
