/** Where a notice stands, as its tag says: closed once awarded, else by its period today. */
export type NoticeState = 'closed' | 'running' | 'over' | 'notYet';

export function noticeState(notice: { status: string; running: boolean; over: boolean }): NoticeState {
  if (notice.status === 'CLOSED') return 'closed';
  if (notice.running) return 'running';
  if (notice.over) return 'over';
  return 'notYet';
}

export const NOTICE_STATE_COLOURS: Record<NoticeState, string> = {
  running: '#237804',
  over: 'purple',
  notYet: 'blue',
  closed: 'default',
};

type EntryLike = { organisationName: string; objections: readonly { status: string }[] };

/** What the award will do to each entry (Art. 8): an upheld objection fails it; the rest are
 * accredited. The API decides; this names them in the confirmation beforehand. */
export function awardPreview<T extends EntryLike>(entries: readonly T[]): { accredited: T[]; failed: T[] } {
  const failed = entries.filter((e) => e.objections.some((o) => o.status === 'UPHELD'));
  return { accredited: entries.filter((e) => !failed.includes(e)), failed };
}

/** Objections of an entry: how many, and how many wait for a decision. */
export function objectionSummary(objections: readonly { status: string }[]): { total: number; pending: number } {
  return { total: objections.length, pending: objections.filter((o) => o.status === 'PENDING').length };
}

/** A publication date may be today or earlier, never later (ISO dates compare as strings). */
export const isFutureDate = (date: string, today: string): boolean => date > today;

/** How much of a backdated notice's five working days (Art. 8) ran before it is recorded today:
 * none (dated today), part of them, or all (its last working day is past). */
export type BackdatedProgress = 'none' | 'partly' | 'run';

export function backdatedProgress(
  period: { publishedOn: string; startsOn: string; endsOn: string },
  today: string,
): BackdatedProgress {
  if (period.publishedOn >= today) return 'none';
  if (period.endsOn < today) return 'run';
  return 'partly';
}

/** An absolute http(s) address with a host, as the API accepts for where a notice was published. */
export function isWebAddress(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
