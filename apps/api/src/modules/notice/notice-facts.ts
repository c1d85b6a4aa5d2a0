import {
  SERVICE_FUNCTIONS,
  applicationWorkflow,
  compareIsoDates,
  formatChineseDate,
  isNoticePeriodOver,
  type ApplicationGateFacts,
  type ApplicationStatus,
  type DomainFailure,
  type IsoDate,
  type ServiceFunction,
} from '@sme/domain';
import { formatIsoDate } from '../common/scalars.js';

// What the notice's pages and actions read about one notice on one day. Pure: the resolvers
// and mutations load the rows, this decides.

export type NoticeDates = { publishedOn: Date | string; startsOn: Date | string; endsOn: Date | string };

function period(notice: NoticeDates) {
  return {
    publishedOn: formatIsoDate(notice.publishedOn),
    startsOn: formatIsoDate(notice.startsOn),
    endsOn: formatIsoDate(notice.endsOn),
    workingDays: [] as IsoDate[],
  };
}

/** Art. 8: objections are heard from the publication date through the period's last working day. */
export function isNoticeRunning(notice: NoticeDates, today: IsoDate): boolean {
  const p = period(notice);
  return compareIsoDates(p.publishedOn, today) <= 0 && compareIsoDates(today, p.endsOn) <= 0;
}

export function isNoticeOver(notice: NoticeDates, today: IsoDate): boolean {
  return isNoticePeriodOver(period(notice), today);
}

/** Art. 8: the refusal of an objection lodged outside the period; it says when the period ran. */
export function noticeNotRunning(notice: NoticeDates, today: IsoDate): DomainFailure | null {
  if (isNoticeRunning(notice, today)) return null;
  const p = period(notice);
  const from = formatChineseDate(p.publishedOn);
  const to = formatChineseDate(p.endsOn);
  return {
    code: 'NOTICE_NOT_RUNNING',
    article: 'Art. 8',
    message: {
      zhCN: `第八条：异议须在公示期内提出。本公示的公示期为${from}至${to}，现已不在公示期内。`,
      en: `Art. 8: objections are accepted only while the notice runs, from ${p.publishedOn} to ${p.endsOn}; it is not running now.`,
    },
  };
}

export type EntryObjectionCounts = { pending: number; upheld: number };

/** The gate facts of award / failAfterObjection for one entry (ApplicationGateFacts.notice). */
export function entryGateFacts(
  notice: NoticeDates,
  counts: EntryObjectionCounts,
  today: IsoDate,
): ApplicationGateFacts {
  return {
    notice: {
      endsOn: formatIsoDate(notice.endsOn),
      over: isNoticeOver(notice, today),
      pendingObjections: counts.pending,
      upheldObjections: counts.upheld,
    },
  };
}

/** An entry with an upheld objection fails (Art. 8); every other entry is awarded (Art. 9). */
export function awardActionFor(counts: EntryObjectionCounts): 'award' | 'failAfterObjection' {
  return counts.upheld > 0 ? 'failAfterObjection' : 'award';
}

/**
 * Why the notice's entries cannot be awarded today, asked of the domain's transition table
 * entry by entry (the same question the award mutation asks), or null when they can.
 */
export function awardBlocker(
  notice: NoticeDates & { status: string },
  entries: readonly { status: ApplicationStatus; counts: EntryObjectionCounts }[],
  today: IsoDate,
): DomainFailure | null {
  if (notice.status !== 'PUBLISHED') return noticeAlreadyAwarded();
  for (const entry of entries) {
    const decision = applicationWorkflow.decide(
      entry.status,
      awardActionFor(entry.counts),
      ['ADMIN'],
      entryGateFacts(notice, entry.counts, today),
    );
    if (!decision.ok) return decision.error;
  }
  return null;
}

export function noticeAlreadyAwarded(): DomainFailure {
  return {
    code: 'NOTICE_CLOSED',
    article: 'Art. 9',
    message: { zhCN: '第九条：该公示已完成授予，不能重复授予。', en: 'Art. 9: this notice has already been awarded.' },
  };
}

/**
 * Art. 9 (software reading): the title lists the declared functions that met Art. 6, as frozen
 * in the eligibility snapshot taken at submission. Without a snapshot (titles entered before
 * snapshots existed) the declared functions stand. In the order of Art. 4.
 */
export function awardedFunctions(declared: readonly ServiceFunction[], snapshot: unknown): ServiceFunction[] {
  const qualified =
    snapshot !== null &&
    typeof snapshot === 'object' &&
    Array.isArray((snapshot as { qualifiedFunctions?: unknown }).qualifiedFunctions)
      ? ((snapshot as { qualifiedFunctions: unknown[] }).qualifiedFunctions as string[])
      : null;
  const kept = qualified ? declared.filter((f) => qualified.includes(f)) : [...declared];
  return SERVICE_FUNCTIONS.filter((f) => kept.includes(f));
}

export function objectionCountsOf(objections: readonly { status: string }[]): EntryObjectionCounts {
  return {
    pending: objections.filter((o) => o.status === 'PENDING').length,
    upheld: objections.filter((o) => o.status === 'UPHELD').length,
  };
}
