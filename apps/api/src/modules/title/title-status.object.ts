import {
  TITLE_STATUSES,
  TITLE_STATES,
  titleStatusOn,
  titleStateOf,
  titleWorkflow,
  canApplyForRenewal,
  renewedTitleBlocker,
  type TitleAction,
} from '@sme/domain';
import { readableApplicationsWhere } from '../../security/application-access.js';
import { readableNationalRecommendationsWhere } from '../../security/title-access.js';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { toEnumValue } from '../common/enum-value.js';
import { formatIsoDate } from '../common/scalars.js';
import { BlockerRef } from '../common/action-blocker.object.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';
import { TimelineEntryRef } from '../audit/timeline-entry.object.js';
import { renewedTitleOf } from './renewed-title.js';

const yearOf = (date: string): number => Number(date.slice(0, 4));

export const TitleStatusEnum = builder.enumType('TitleStatus', {
  description:
    'A title on a date (Arts. 11, 13): NOT_YET_VALID, VALID, EXPIRING_THIS_YEAR (valid and ending this calendar year: the renewal year), EXPIRED, REVOKED (from the effective date of a completed revocation).',
  values: TITLE_STATUSES,
});
export const TitleStateEnum = builder.enumType('TitleState', {
  description:
    'The stored side of a title: HELD, REVOCATION_OPEN (a failed spot check opened it; it cannot be dismissed), REVOKED.',
  values: TITLE_STATES,
});
export const TitleActionEnum = builder.enumType('TitleAction', {
  values: Object.fromEntries(titleWorkflow.actionList.map((a) => [toEnumValue(a), { value: a }])) as Record<
    string,
    { value: TitleAction }
  >,
});

const datesSelect = {
  validFrom: true,
  validUntil: true,
  revocation: { select: { status: true, effectiveOn: true } },
} as const;

// Arts. 11 and 13: that a revocation is open is public (Accreditation.revocationPending and the
// certificate check: 撤销办理中); the revocation itself — its findings, its state in the title's
// workflow — is published once it is decided. While it is OPEN only the administrators and those
// who may see the holder's records (its members, its current unit, reviewers, analysts) see it
// here; to everyone else these fields read as for a held title (foreign-object-matrix.int.test.ts).
async function revocationSeenBy<R extends { status: 'OPEN' | 'COMPLETED' }>(
  title: { organisationId: string; revocation: R | null },
  viewer: Parameters<typeof canSeeRecordsOf>[0],
): Promise<R | null> {
  if (title.revocation?.status !== 'OPEN') return title.revocation;
  return (await canSeeRecordsOf(viewer, title.organisationId)) ? title.revocation : null;
}
type Dated = {
  validFrom: Date;
  validUntil: Date;
  revocation: { status: 'OPEN' | 'COMPLETED'; effectiveOn: Date | null } | null;
};
const dated = (a: Dated) => ({
  validFrom: formatIsoDate(a.validFrom),
  validUntil: formatIsoDate(a.validUntil),
  revokedOn:
    a.revocation?.status === 'COMPLETED' && a.revocation.effectiveOn ? formatIsoDate(a.revocation.effectiveOn) : null,
});

builder.prismaObjectFields('Accreditation', (t) => ({
  titleStatus: t.field({
    type: TitleStatusEnum,
    description: 'The status today (Asia/Shanghai), telling EXPIRING_THIS_YEAR (the renewal year) from VALID.',
    select: datesSelect,
    resolve: (a) => titleStatusOn(dated(a), todayInShanghai()),
  }),
  titleStatusOn: t.field({
    type: TitleStatusEnum,
    args: { date: t.arg({ type: 'Date', required: true }) },
    select: datesSelect,
    resolve: (a, { date }) => titleStatusOn(dated(a), date),
  }),
  state: t.field({
    type: TitleStateEnum,
    select: { organisationId: true, revocation: { select: { status: true } } },
    resolve: async (a, _args, ctx) => titleStateOf(await revocationSeenBy(a, ctx.viewer)),
  }),
  version: t.exposeInt('version'),
  allowedActions: t.field({
    type: [TitleActionEnum],
    description:
      'What the viewer may do to the title now (the domain table; a revocation that is open can only be completed).',
    select: { revocation: { select: { status: true } } },
    resolve: (a, _args, ctx) =>
      titleWorkflow.allowed(titleStateOf(a.revocation), hasRole(ctx.viewer, 'ADMIN') ? ['ADMIN'] : []),
  }),
  renewable: t.boolean({
    description:
      'Art. 11: a renewal may be started today (the calendar year the title expires, never for a revoked title or one whose revocation is open).',
    select: { organisationId: true, validUntil: true, revocation: { select: { id: true, status: true } } },
    resolve: async (a, _args, ctx) =>
      (await revocationSeenBy(a, ctx.viewer)) === null &&
      canApplyForRenewal({ validUntil: formatIsoDate(a.validUntil), revocation: null }, todayInShanghai()).ok,
  }),
  renewalBlocker: t.field({
    type: BlockerRef,
    nullable: true,
    description:
      'Why a renewal cannot be started today (Art. 11: only in the calendar year the title expires; never for a revoked title), or null when it can.',
    select: {
      organisationId: true,
      certificateNumber: true,
      validUntil: true,
      organisation: { select: { name: true } },
      revocation: { select: { status: true, effectiveOn: true } },
    },
    resolve: async (a, _args, ctx) => {
      const seen = await revocationSeenBy(a, ctx.viewer);
      const today = todayInShanghai();
      const blocker = renewedTitleBlocker(renewedTitleOf({ ...a, revocation: seen }), today);
      if (blocker) return blocker;
      const result = canApplyForRenewal({ validUntil: formatIsoDate(a.validUntil), revocation: null }, today);
      return result.ok ? null : result.error;
    },
  }),
  timeline: t.field({
    type: [TimelineEntryRef],
    description:
      "The title's history, oldest first: its own entries (revocation opened, revoked) and those of its spot checks.",
    authScopes: { admin: true },
    select: { id: true, spotChecks: { select: { id: true } }, revocation: { select: { id: true } } },
    resolve: (a) =>
      prisma().timelineEntry.findMany({
        where: {
          OR: [
            { subjectType: 'Accreditation', subjectId: a.id },
            { subjectType: 'SpotCheck', subjectId: { in: a.spotChecks.map((c) => c.id) } },
            ...(a.revocation ? [{ subjectType: 'Revocation' as const, subjectId: a.revocation.id }] : []),
          ],
        },
        include: { actor: { select: { displayName: true, roles: true } } },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      }),
  }),
  renewalYear: t.int({ select: { validUntil: true }, resolve: (a) => yearOf(formatIsoDate(a.validUntil)) }),
  // The title is public; its renewal applications only to those who may see them (a renewal
  // draft is the holder's alone), its national recommendations only to staff.
  renewalApplications: t.relation('renewalApplications', {
    query: (_args, ctx) => ({ where: readableApplicationsWhere(ctx.viewer), orderBy: { createdAt: 'desc' } }),
  }),
  spotChecks: t.relation('spotChecks', { authScopes: { admin: true }, query: { orderBy: { id: 'desc' } } }),
  nationalRecommendations: t.relation('nationalRecommendations', {
    query: (_args, ctx) => ({ where: readableNationalRecommendationsWhere(ctx.viewer), orderBy: { year: 'desc' } }),
  }),
}));

builder.queryFields((t) => ({
  accreditation: t.prismaField({
    type: 'Accreditation',
    nullable: true,
    args: { id: t.arg.globalID({ required: true }) },
    description: 'One title, to its holder and to staff (null otherwise).',
    // Found by foreign-object-matrix.int.test.ts: the title itself is public
    // (Art. 9), but this view of it is the holder's file (renewal applications, spot checks).
    // Only those who may see the holder's records get it: its members, the unit that develops
    // it NOW (Art. 2), reviewers, administrators and analysts (canSeeRecordsOf). Other members,
    // a former unit and the Membership Department get null.
    resolve: async (query, _root, { id }, ctx) => {
      // Taken before the check: the prisma plugin (outside production) warns of a selection a
      // resolver never reads, and a denial is an answer here, not a forgotten selection.
      const load = { ...query, where: { id: id.id } };
      const holder = await prisma().accreditation.findUnique({
        where: { id: id.id },
        select: { organisationId: true },
      });
      if (!holder || !(await canSeeRecordsOf(ctx.viewer, holder.organisationId))) return null;
      return prisma().accreditation.findUnique(load);
    },
  }),
}));
