import {
  addDays,
  anniversary,
  compareIsoDates,
  formatIsoDate,
  maxIsoDate,
  yearOf,
  type IsoDate,
} from '../shared/iso-date';
import { formatDateZh } from '../shared/format';
import { err, ok, type DomainFailure, type Result } from '../shared/message';

/** Art. 11: 每次认定有效期为三年. */
export const VALIDITY_YEARS = 3;

export type Validity = { validFrom: IsoDate; validUntil: IsoDate };

/**
 * From the award date to the day before the third anniversary, both days included.
 * Award 2026-01-01 → until 2028-12-31. For an award on 29 February the anniversary in a common
 * year is 1 March (see `anniversary`), so award 2024-02-29 → until 2027-02-28: three full years,
 * no day lost.
 */
export function validityOf(awardedOn: IsoDate): Validity {
  return { validFrom: awardedOn, validUntil: addDays(anniversary(awardedOn, VALIDITY_YEARS), -1) };
}

/** Art. 11: 在有效期满当年可再次申报 — the whole calendar year in which validity ends. */
export function renewalWindow(validUntil: IsoDate): { opensOn: IsoDate; closesOn: IsoDate } {
  const year = yearOf(validUntil);
  return { opensOn: formatIsoDate({ year, month: 1, day: 1 }), closesOn: formatIsoDate({ year, month: 12, day: 31 }) };
}

export type RenewalWindowError = DomainFailure<'OUTSIDE_RENEWAL_WINDOW'> & { opensOn: IsoDate; closesOn: IsoDate };
export type RevokedCannotRenewError = DomainFailure<'REVOKED_CANNOT_RENEW'> & { effectiveOn: IsoDate };
export type RenewalError = RenewalWindowError | RevokedCannotRenewError;

/** The title a renewal would continue. `revocation` is required so no caller can forget it: pass null when there is none. */
export type RenewableTitle = { validUntil: IsoDate; revocation: RevocationFacts | null };

/**
 * A renewal may be submitted on any day of the year the validity ends — before expiry or after
 * it within that year — and not in another year (earlier is premature, later is a new
 * application rather than a renewal). A revoked title is never renewed (Art. 11: 予以撤销; the
 * organisation may only apply afresh in a later round), whatever the date.
 */
export function canApplyForRenewal(title: RenewableTitle, submittedOn: IsoDate): Result<true, RenewalError> {
  const { validUntil, revocation } = title;
  if (revocation) {
    return err({
      code: 'REVOKED_CANNOT_RENEW',
      article: 'Art. 11',
      effectiveOn: revocation.effectiveOn,
      message: {
        zhCN: `第十一条：该示范平台称号已于${formatDateZh(revocation.effectiveOn)}撤销，不能再次申报；可在以后的批次重新申报。`,
        en: `Art. 11: this title was revoked with effect from ${revocation.effectiveOn} and cannot be renewed; the organisation may apply afresh in a later round.`,
      },
    });
  }
  const window = renewalWindow(validUntil);
  if (yearOf(submittedOn) === yearOf(validUntil)) return ok(true);
  return err({
    code: 'OUTSIDE_RENEWAL_WINDOW',
    article: 'Art. 11',
    ...window,
    message: {
      zhCN: `第十一条：称号有效期至${formatDateZh(validUntil)}，只能在有效期满当年（${formatDateZh(window.opensOn)}至${formatDateZh(window.closesOn)}）再次申报。`,
      en: `Art. 11: the title is valid until ${validUntil}; a renewal may be submitted only in the year the validity ends (${window.opensOn} to ${window.closesOn}).`,
    },
  });
}

/** A title an organisation holds or held, for the rules that look at all of them. */
export type HeldTitle = Validity & { revocation: RevocationFacts | null };

export type HoldsValidTitleError = DomainFailure<'HOLDS_VALID_TITLE'> & { validUntil: IsoDate; renewalYear: number };

/**
 * Art. 11 (在有效期满当年可再次申报): while an organisation holds a valid title — active on
 * `today`, or awarded and not yet started — it files no new application; it renews in the year
 * the title expires instead (`canApplyForRenewal`). Expired and revoked titles do not stand in
 * the way. With several titles, the one that runs longest is reported. `roundYear` (the year of
 * the round applied to; today's year when absent) tells the two messages apart: outside the
 * expiry year the organisation is told when it may renew; in that year, to renew (再次申报)
 * rather than file an ordinary application.
 */
export function canFileNewApplication(
  titles: readonly HeldTitle[],
  today: IsoDate,
  roundYear: number = yearOf(today),
): Result<true, HoldsValidTitleError> {
  const held = titles
    .filter((t) => {
      const status = accreditationStatusOn(t, today, t.revocation);
      return status === 'VALID' || status === 'NOT_YET_VALID';
    })
    .sort((a, b) => compareIsoDates(b.validUntil, a.validUntil))[0];
  if (!held) return ok(true);
  const renewalYear = yearOf(held.validUntil);
  const message =
    renewalYear === roundYear
      ? {
          zhCN: `第十一条：贵单位持有的示范平台称号有效期至${formatDateZh(held.validUntil)}，${renewalYear}年是有效期满当年，请通过再次申报办理，不能提交新的申报。`,
          en: `Art. 11: the organisation holds a title valid until ${held.validUntil}; ${renewalYear} is the year it expires, so it renews the title (a renewal application) instead of filing a new application.`,
        }
      : {
          zhCN: `第十一条：贵单位持有的示范平台称号有效期至${formatDateZh(held.validUntil)}，有效期内不能提交新的申报，可在有效期满当年（${renewalYear}年）再次申报。`,
          en: `Art. 11: the organisation holds a title valid until ${held.validUntil}; while it is valid no new application is filed, only a renewal in ${renewalYear}, the year it expires.`,
        };
  return err({ code: 'HOLDS_VALID_TITLE', article: 'Art. 11', validUntil: held.validUntil, renewalYear, message });
}

/**
 * A renewal continues the old accreditation without overlap: it starts the day after the old
 * one ends, or on its own award date if that is later (a gap then shows as EXPIRED), and runs
 * three years from its start like any accreditation.
 */
export function renewalValidity(oldValidUntil: IsoDate, renewalAwardedOn: IsoDate): Validity {
  return validityOf(maxIsoDate(addDays(oldValidUntil, 1), renewalAwardedOn));
}

/** The title's validity on a date, in the API's words (GraphQL CertificateStatus). */
export type AccreditationStatus = 'NOT_YET_VALID' | 'VALID' | 'EXPIRED' | 'REVOKED';

/** `effectiveOn` is the first day the title is no longer held (Art. 11 violation or Art. 13 failed spot check). */
export type RevocationFacts = { effectiveOn: IsoDate };

/**
 * Status on `date`. A revocation takes effect on its effective date (the first day no longer
 * valid) and only if it falls within the validity — a revocation dated after expiry changes
 * nothing, the title had already lapsed.
 */
export function accreditationStatusOn(
  accreditation: Validity,
  date: IsoDate,
  revocation?: RevocationFacts | null,
): AccreditationStatus {
  const revoked =
    revocation != null &&
    compareIsoDates(revocation.effectiveOn, accreditation.validUntil) <= 0 &&
    compareIsoDates(date, revocation.effectiveOn) >= 0;
  if (revoked) return 'REVOKED';
  if (compareIsoDates(date, accreditation.validFrom) < 0) return 'NOT_YET_VALID';
  if (compareIsoDates(date, accreditation.validUntil) > 0) return 'EXPIRED';
  return 'VALID';
}
