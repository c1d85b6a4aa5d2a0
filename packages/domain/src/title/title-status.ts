import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import type { Message } from '../shared/message';

/**
 * What members and staff are shown about a title on a date (Arts. 11, 13):
 * NOT_YET_VALID before its first day; VALID; EXPIRING_THIS_YEAR when valid and it ends in this
 * calendar year (the renewal year, Art. 11); EXPIRED after its last day; REVOKED from the
 * revocation's effective date. An open revocation (no date yet) leaves the dates to speak.
 */
export const TITLE_STATUSES = ['NOT_YET_VALID', 'VALID', 'EXPIRING_THIS_YEAR', 'EXPIRED', 'REVOKED'] as const;
export type TitleStatus = (typeof TITLE_STATUSES)[number];

export const TITLE_STATUS_NAMES: Record<TitleStatus, Message> = {
  NOT_YET_VALID: { zhCN: '尚未生效', en: 'Not yet valid' },
  VALID: { zhCN: '有效', en: 'Valid' },
  EXPIRING_THIS_YEAR: { zhCN: '本年到期', en: 'Expiring this year' },
  EXPIRED: { zhCN: '已过期', en: 'Expired' },
  REVOKED: { zhCN: '已撤销', en: 'Revoked' },
};

export type DatedTitle = { validFrom: IsoDate; validUntil: IsoDate; revokedOn: IsoDate | null };

export function titleStatusOn(title: DatedTitle, date: IsoDate): TitleStatus {
  if (
    title.revokedOn !== null &&
    compareIsoDates(date, title.revokedOn) >= 0 &&
    compareIsoDates(title.revokedOn, title.validUntil) <= 0
  )
    return 'REVOKED';
  if (compareIsoDates(date, title.validFrom) < 0) return 'NOT_YET_VALID';
  if (compareIsoDates(date, title.validUntil) > 0) return 'EXPIRED';
  return date.slice(0, 4) === title.validUntil.slice(0, 4) ? 'EXPIRING_THIS_YEAR' : 'VALID';
}
