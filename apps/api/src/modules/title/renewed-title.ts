import { formatIsoDate } from '../common/scalars.js';

/** The renewed title as the Art. 11 gate reads it (renewedTitleBlocker). */
export function renewedTitleOf(title: {
  certificateNumber: string;
  organisation: { name: string };
  revocation: { status: 'OPEN' | 'COMPLETED'; effectiveOn: Date | null } | null;
}) {
  const r = title.revocation;
  return {
    organisationName: title.organisation.name,
    certificateNumber: title.certificateNumber,
    revocation: r ? { status: r.status, effectiveOn: r.effectiveOn ? formatIsoDate(r.effectiveOn) : null } : null,
  };
}

/** What to select of a title for renewedTitleOf. */
export const renewedTitleSelect = {
  certificateNumber: true,
  organisation: { select: { name: true } },
  revocation: { select: { status: true, effectiveOn: true } },
} as const;
