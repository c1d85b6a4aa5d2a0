import { z } from 'zod';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { canSeeRecordsOf, developedByUnit } from '../organisation/organisation-access.js';
import { AnnualReportDueRef, AnnualReportScheduleRef, AnnualReportStatusEnum } from './annual-report.object.js';
import { annualReportSchedule } from './annual-report-settings.js';
import { reportObligations } from './report-facts.js';

// Staff who see every title's record (administrators, reviewers, analysts); a unit's staff see
// those of their current members only.
const staffWhere = (viewer: Parameters<typeof hasRole>[0]) =>
  hasRole(viewer, 'ADMIN') || hasRole(viewer, 'REVIEWER') || hasRole(viewer, 'ANALYST')
    ? {}
    : { organisation: developedByUnit(viewer?.unitId ?? null) };

builder.queryFields((t) => ({
  myAnnualReports: t.prismaField({
    type: ['AnnualReport'],
    description:
      "Art. 12: the annual service reports of the titles the caller's organisation holds, latest year first.",
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      prisma().annualReport.findMany({
        ...query,
        where: { accreditation: { organisationId: ctx.viewer?.organisationId ?? '' } },
        orderBy: [{ year: 'desc' }, { id: 'asc' }],
      }),
  }),
  myAnnualReportsDue: t.field({
    type: [AnnualReportDueRef],
    description:
      "Art. 12: every report the caller's organisation's titles owe up to today, written or not, latest year first.",
    authScopes: { member: true },
    resolve: async (_root, _args, ctx) =>
      (
        await prisma().$transaction((tx) =>
          reportObligations(tx, todayInShanghai(), { organisationId: ctx.viewer?.organisationId ?? '' }),
        )
      ).sort((a, b) => b.year - a.year),
  }),
  annualReports: t.prismaField({
    type: ['AnnualReport'],
    description: 'Art. 12: the annual service reports on a year (of a status, when given) — to the staff.',
    authScopes: { staff: true },
    args: {
      year: t.arg.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
      status: t.arg({ type: AnnualReportStatusEnum, required: false }),
    },
    resolve: (query, _root, { year, status }, ctx) =>
      prisma().annualReport.findMany({
        ...query,
        where: { year, ...(status ? { status } : {}), accreditation: staffWhere(ctx.viewer) },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  annualReport: t.prismaField({
    type: 'AnnualReport',
    nullable: true,
    description: "One report, to the holder's members and the staff who see its records (null otherwise).",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const load = { ...query, where: { id: id.id } };
      const row = await prisma().annualReport.findUnique({
        where: { id: id.id },
        select: { accreditation: { select: { organisationId: true } } },
      });
      if (!row || !(await canSeeRecordsOf(ctx.viewer, row.accreditation.organisationId))) return null;
      return prisma().annualReport.findUnique(load);
    },
  }),
  overdueAnnualReports: t.field({
    type: [AnnualReportDueRef],
    description:
      'Art. 12: reports past their due date and not submitted (none written, a draft, or returned), oldest first — to the staff.',
    authScopes: { admin: true, reviewer: true, analyst: true, unitStaff: true },
    resolve: async (_root, _args, ctx) =>
      (await prisma().$transaction((tx) => reportObligations(tx, todayInShanghai(), staffWhere(ctx.viewer))))
        .filter((o) => o.overdue)
        .sort((a, b) => a.year - b.year || (a.certificateNumber < b.certificateNumber ? -1 : 1)),
  }),
  annualReportSchedule: t.field({
    type: AnnualReportScheduleRef,
    description: "When a year's report opens and is due (a reading of the software, configurable).",
    resolve: () => annualReportSchedule(),
  }),
}));
