// What the member's workbench counts: each figure links to the list that shows exactly
// those items.

type App = {
  id: string;
  status: string;
  infoRequests: readonly { id: string; dueOn: string; respondedAt?: string | null }[];
};
type Title = { titleStatus: string };

/** Statuses in which the association, not the member, has the next move. */
export const IN_PROGRESS_STATUSES = [
  'SUBMITTED',
  'RECOMMENDED',
  'UNDER_REVIEW',
  'REVIEW_PASSED',
  'IN_PUBLIC_NOTICE',
] as const;

export const NEXT_ACTION_KEYS = [
  'DRAFT',
  'RETURNED',
  'MORE_INFO_REQUESTED',
  'SUBMITTED',
  'RECOMMENDED',
  'UNDER_REVIEW',
  'REVIEW_PASSED',
  'IN_PUBLIC_NOTICE',
  'ACCREDITED',
] as const;

/** The i18n key (membership.workbench.next.*) of what happens next to an application. */
export function nextActionKey(status: string): (typeof NEXT_ACTION_KEYS)[number] | 'other' {
  return (NEXT_ACTION_KEYS as readonly string[]).includes(status)
    ? (status as (typeof NEXT_ACTION_KEYS)[number])
    : 'other';
}

/** The member has something to do: fill and submit, change and resubmit, answer. */
export function needsMember(status: string): boolean {
  return status === 'DRAFT' || status === 'RETURNED' || status === 'MORE_INFO_REQUESTED';
}

export type OpenInfoRequest = { applicationId: string; id: string; dueOn: string; overdue: boolean };

/** Unanswered requests for more information, soonest due first. */
export function openInfoRequests<A extends App>(
  apps: readonly A[],
  today: string,
): (A['infoRequests'][number] & { application: A; overdue: boolean })[] {
  return apps
    .filter((a) => a.status === 'MORE_INFO_REQUESTED')
    .flatMap((application) =>
      application.infoRequests
        .filter((r) => !r.respondedAt)
        .map((r) => ({ ...r, application, overdue: r.dueOn < today })),
    )
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

export function workbenchCounts(apps: readonly App[], titles: readonly Title[], today: string) {
  const count = (statuses: readonly string[]) => apps.filter((a) => statuses.includes(a.status)).length;
  return {
    drafts: count(['DRAFT']),
    returned: count(['RETURNED']),
    infoRequests: openInfoRequests(apps, today).length,
    inProgress: count(IN_PROGRESS_STATUSES),
    expiring: titles.filter((t) => t.titleStatus === 'EXPIRING_THIS_YEAR').length,
  };
}
