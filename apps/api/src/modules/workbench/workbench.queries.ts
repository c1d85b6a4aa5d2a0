import { builder } from '../../builder.js';
import { hasRole, type Viewer } from '../../context.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { calendarYearsToConfirm } from '@sme/domain';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.js';
import { titleListFilter } from '../title/title-list.queries.js';
import { canDecideMembership } from '../membership/membership-access.js';
import { developedByUnit } from '../organisation/organisation-access.js';
import { OPEN_ASSIGNMENT_WHERE } from '../review/expert.object.js';
import { reviewOverdueWhere } from './review-overdue.js';

/**
 * The kinds of to-do the console's workbench shows, each with the list it leads to. The link is the
 * console path with the filters that list reads from its URL, so the card's count and the list agree.
 */
export const WORKBENCH_KINDS = [
  'MEMBERSHIP_REQUESTS',
  'TO_RECOMMEND',
  'TO_ASSIGN',
  'REVIEWS_OVERDUE',
  'INFO_REQUESTS_OVERDUE',
  'TO_DECIDE',
  'NOTICES_TO_AWARD',
  'OBJECTIONS_PENDING',
  'SPOT_CHECKS_TO_JUDGE',
  'REVOCATIONS_OPEN',
  'TITLES_EXPIRING',
  'ANNUAL_REPORTS_TO_REVIEW',
  'CALENDAR_YEARS_UNCONFIRMED',
  'TO_SCORE',
  'STATISTICS',
] as const;
export type WorkbenchKind = (typeof WORKBENCH_KINDS)[number];

export type WorkbenchItem = { kind: WorkbenchKind; count: number; link: string; dueOn: string | null };

const WorkbenchKindEnum = builder.enumType('WorkbenchKind', {
  description: "A kind of to-do on the console's workbench.",
  values: WORKBENCH_KINDS,
});

const WorkbenchItemRef = builder.objectRef<WorkbenchItem>('WorkbenchItem').implement({
  description: 'One card of the workbench: what waits, how many, and the console list (path and filters) it leads to.',
  fields: (t) => ({
    kind: t.field({ type: WorkbenchKindEnum, resolve: (i) => i.kind }),
    count: t.exposeInt('count'),
    link: t.exposeString('link', {
      description: 'The console path of the filtered list, e.g. /objections?status=PENDING.',
    }),
    dueOn: t.string({
      nullable: true,
      description: 'The earliest due date among the items (Beijing date, YYYY-MM-DD), where they have one.',
      resolve: (i) => i.dueOn,
    }),
  }),
});

const WorkbenchRef = builder.objectRef<{ items: WorkbenchItem[] }>('Workbench').implement({
  description: 'What waits for the signed-in staff member today, by role (cheap counts, computed on the server).',
  fields: (t) => ({
    items: t.field({ type: [WorkbenchItemRef], resolve: (w) => w.items }),
  }),
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** The workbench of one viewer on `today` (a Beijing date). Exported for the integration test. */
export async function workbenchOf(viewer: Viewer | null, today: string = todayInShanghai()): Promise<WorkbenchItem[]> {
  const db = prisma();
  const items: WorkbenchItem[] = [];
  const add = (kind: WorkbenchKind, count: number, link: string, dueOn: string | null = null) =>
    items.push({ kind, count, link, dueOn });
  const admin = hasRole(viewer, 'ADMIN');
  const todayDate = day(today);

  if (await canDecideMembership(viewer)) {
    add(
      'MEMBERSHIP_REQUESTS',
      await db.membershipRequest.count({ where: { status: 'PENDING' } }),
      '/membership-requests?status=PENDING',
    );
  }
  if (hasRole(viewer, 'UNIT_STAFF')) {
    // Art. 2: one queue, the submitted applications of the unit's own members
    add(
      'TO_RECOMMEND',
      await db.application.count({
        where: { status: 'SUBMITTED', organisation: developedByUnit(viewer?.unitId ?? null) },
      }),
      '/recommendations',
    );
  }
  if (admin) {
    const [toAssign, inReview, reviewsOverdue, infoOverdue, notices, objections, spotChecks, revocations] =
      await Promise.all([
        db.application.count({ where: { status: 'RECOMMENDED' } }),
        db.application.findMany({
          where: { status: 'UNDER_REVIEW' },
          select: { reviewerAssignments: { select: { assignedAt: true, recusedAt: true, completedAt: true } } },
        }),
        db.application.count({ where: reviewOverdueWhere(today) }),
        db.infoRequest.count({
          where: { respondedAt: null, dueOn: { lt: todayDate }, application: { status: 'MORE_INFO_REQUESTED' } },
        }),
        db.publicNotice.count({ where: { status: 'PUBLISHED', endsOn: { lt: todayDate } } }),
        db.objection.count({ where: { status: 'PENDING' } }),
        db.spotCheck.count({ where: { status: 'RESPONDED' } }),
        db.revocation.count({ where: { status: 'OPEN' } }),
      ]);
    const toDecide = inReview.filter((a) => {
      const active = a.reviewerAssignments.filter((r) => r.recusedAt === null);
      return active.length > 0 && active.every((r) => r.completedAt !== null);
    }).length;
    const expiring = await db.accreditation.count({
      where: await titleListFilter({ status: 'EXPIRING_THIS_YEAR', on: today }, today),
    });
    const calendarYears = calendarYearsToConfirm(today, await loadWorkingDayCalendar());
    // Art. 7: recommended applications wait for the secretariat, which accepts them by assigning
    // reviewers; there is no separate acceptance step, so 待受理 and 待分配评审 are one card.
    add('TO_ASSIGN', toAssign, '/applications?status=RECOMMENDED');
    add('REVIEWS_OVERDUE', reviewsOverdue, '/applications?status=UNDER_REVIEW&reviewOverdue=true');
    add('INFO_REQUESTS_OVERDUE', infoOverdue, '/applications?status=MORE_INFO_REQUESTED');
    add('TO_DECIDE', toDecide, '/decisions');
    add('NOTICES_TO_AWARD', notices, '/notices?state=over');
    add('OBJECTIONS_PENDING', objections, '/objections?status=PENDING');
    add('SPOT_CHECKS_TO_JUDGE', spotChecks, '/spot-checks?status=RESPONDED');
    add('REVOCATIONS_OPEN', revocations, '/revocations?status=OPEN');
    add('TITLES_EXPIRING', expiring, `/titles?titleStatus=EXPIRING_THIS_YEAR&on=${today}`);
    // Art. 12: submitted annual reports wait for the secretariat to accept or return them. The list
    // shows one year at a time: the card opens the earliest year with a report waiting.
    const reportsWaiting = await db.annualReport.groupBy({
      by: ['year'],
      where: { status: 'SUBMITTED' },
      _count: { _all: true },
      orderBy: { year: 'asc' },
    });
    add(
      'ANNUAL_REPORTS_TO_REVIEW',
      reportsWaiting.reduce((n, r) => n + r._count._all, 0),
      `/annual-reports?status=SUBMITTED&year=${reportsWaiting[0]?.year ?? Number(today.slice(0, 4)) - 1}`,
    );
    add(
      'CALENDAR_YEARS_UNCONFIRMED',
      calendarYears.length,
      calendarYears.length > 0 ? `/calendar?year=${calendarYears[0]}` : '/calendar',
    );
  }
  if (hasRole(viewer, 'REVIEWER')) {
    const open = await db.reviewerAssignment.findMany({
      where: { reviewerId: viewer?.userId ?? '', ...OPEN_ASSIGNMENT_WHERE },
      select: { dueOn: true },
      orderBy: [{ dueOn: { sort: 'asc', nulls: 'last' } }],
    });
    add('TO_SCORE', open.length, '/my-reviews', isoDay(open[0]?.dueOn));
  }
  if (hasRole(viewer, 'ANALYST')) {
    add('STATISTICS', await db.application.count(), '/statistics');
  }
  return items;
}

builder.queryFields((t) => ({
  workbench: t.field({
    type: WorkbenchRef,
    description: "The signed-in staff member's workbench: one item per kind of to-do their roles have.",
    authScopes: { staff: true },
    resolve: async (_root, _args, ctx) => ({ items: await workbenchOf(ctx.viewer) }),
  }),
}));
