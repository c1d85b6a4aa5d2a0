import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { addDays, compareIsoDates, type IsoDate } from '../shared/iso-date';
import { formatDateZh } from '../shared/format';
import type { DomainFailure, Message } from '../shared/message';

/** A title's revocation as stored: OPEN until an administrator completes it with its effective date. */
export type RevocationState = { status: 'OPEN' | 'COMPLETED'; effectiveOn: IsoDate | null };

/**
 * Arts. 11 and 13: a revocation is pending (撤销办理中) on `today` while it is open — a failed spot
 * check opened it (抽查不合格的平台将撤销) and no administrator has completed it yet — or while it is
 * completed but its effective date is still to come. From the effective date on the title is
 * revoked, no longer "being revoked". A title without a revocation has nothing pending.
 */
export function isRevocationPending(revocation: RevocationState | null | undefined, today: IsoDate): boolean {
  if (!revocation) return false;
  if (revocation.status === 'OPEN') return true;
  return revocation.effectiveOn !== null && compareIsoDates(today, revocation.effectiveOn) < 0;
}

/** The public wording of a pending revocation, one for the whole system. */
export const REVOCATION_PENDING_NAME: Message = { zhCN: '撤销办理中', en: 'Being revoked' };

/** Default of the setting: an open revocation is overdue after this many working days. */
export const OPEN_REVOCATION_REMINDER_WORKING_DAYS = 10;

/**
 * The number of working days from the day after `openedOn` through `today` (both counted on the
 * statutory calendar, Art. 8's calendar: public holidays and make-up working days). Zero on the
 * day it was opened or before.
 */
export function workingDaysSince(openedOn: IsoDate, today: IsoDate, calendar: WorkingDayCalendar): number {
  let count = 0;
  for (let day = addDays(openedOn, 1); compareIsoDates(day, today) <= 0; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}

/**
 * A software rule (not of the measures, which set no deadline for completing a revocation): an
 * OPEN revocation is overdue once more than `limit` working days have passed since it was
 * opened, and the administrators are reminded of it. A completed one is never overdue.
 */
export function isOpenRevocationOverdue(
  revocation: { status: 'OPEN' | 'COMPLETED'; openedOn: IsoDate },
  today: IsoDate,
  calendar: WorkingDayCalendar,
  limit: number = OPEN_REVOCATION_REMINDER_WORKING_DAYS,
): boolean {
  return revocation.status === 'OPEN' && workingDaysSince(revocation.openedOn, today, calendar) > limit;
}

export type RevocationPendingError = DomainFailure<'REVOCATION_PENDING'>;

/**
 * The refusal of an act on a title whose revocation is pending: renewing it (Art. 11: a revoked
 * title cannot be renewed, and this one is being revoked) or recommending it nationally (Art. 14:
 * only valid, unrevoked titles). `article` names the rule of the act refused.
 */
export function revocationPendingError(
  article: 'Art. 11' | 'Art. 14',
  title: { organisationName: string; certificateNumber: string; revocation: RevocationState },
): RevocationPendingError {
  const { organisationName, certificateNumber, revocation } = title;
  const why =
    revocation.status === 'OPEN'
      ? { zhCN: '正在撤销（撤销办理中）', en: 'is being revoked (the revocation is open)' }
      : {
          zhCN: `已决定自${formatDateZh(revocation.effectiveOn ?? '')}起撤销（撤销办理中）`,
          en: `is to be revoked from ${revocation.effectiveOn ?? ''}`,
        };
  const message: Message =
    article === 'Art. 11'
      ? {
          zhCN: `第十一条：${organisationName}的示范平台称号（证书编号${certificateNumber}）${why.zhCN}，不能再次申报；称号撤销后，可在以后的批次重新申报。`,
          en: `Art. 11: the title of ${organisationName} (certificate ${certificateNumber}) ${why.en} and cannot be renewed; once it is revoked the organisation may apply afresh in a later round.`,
        }
      : {
          zhCN: `第十四条：只能推荐有效且未撤销的示范平台；${organisationName}（证书编号${certificateNumber}）的称号${why.zhCN}。`,
          en: `Art. 14: only valid, unrevoked titles may be recommended; the title of ${organisationName} (certificate ${certificateNumber}) ${why.en}.`,
        };
  return { code: 'REVOCATION_PENDING', article, message };
}

export type RenewedTitleError = DomainFailure<'REVOKED_CANNOT_RENEW' | 'REVOCATION_PENDING'>;

/**
 * Art. 11 at every step of a renewal (creation, submission, resubmission, award): the title it
 * renews must be neither revoked (予以撤销: the organisation may only apply afresh in a later
 * round) nor being revoked. A revocation opened or decided after the renewal was drafted stops
 * it at the next step. Null when the renewal may go on.
 */
export function renewedTitleBlocker(
  title: { organisationName: string; certificateNumber: string; revocation: RevocationState | null },
  today: IsoDate,
): RenewedTitleError | null {
  const { revocation } = title;
  if (!revocation) return null;
  if (isRevocationPending(revocation, today)) return revocationPendingError('Art. 11', { ...title, revocation });
  const effectiveOn = revocation.effectiveOn ?? today;
  return {
    code: 'REVOKED_CANNOT_RENEW',
    article: 'Art. 11',
    message: {
      zhCN: `第十一条：${title.organisationName}的示范平台称号（证书编号${title.certificateNumber}）已于${formatDateZh(effectiveOn)}撤销，不能再次申报；可在以后的批次重新申报。`,
      en: `Art. 11: the title of ${title.organisationName} (certificate ${title.certificateNumber}) was revoked with effect from ${effectiveOn} and cannot be renewed; the organisation may apply afresh in a later round.`,
    },
  };
}
