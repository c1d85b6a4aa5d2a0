import { z } from 'zod';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { AnnualReportDueRef } from '../annual-report/annual-report.object.js';
import { reportObligations } from '../annual-report/report-facts.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';

// Art. 12: what a title's platform did while it held the title — to its members and to the
// staff who see the holder's records (administrators, reviewers, analysts, its current unit).
// The title itself is public (Art. 9); these fields are not.
builder.prismaObjectFields('Accreditation', (t) => ({
  serviceRecords: t.relation('serviceRecords', {
    description: "The title's service records, newest first (of a year, when given).",
    args: { year: t.arg.int({ required: false, validate: z.number().int().min(2000).max(2100) }) },
    authScopes: (a, _args, ctx) => canSeeRecordsOf(ctx.viewer, a.organisationId),
    query: (args) => ({
      where: args.year != null ? { year: args.year } : {},
      orderBy: [{ date: 'desc' as const }, { id: 'desc' as const }],
    }),
  }),
  annualReports: t.relation('annualReports', {
    description: "The title's annual service reports, latest year first.",
    authScopes: (a, _args, ctx) => canSeeRecordsOf(ctx.viewer, a.organisationId),
    query: { orderBy: { year: 'desc' } },
  }),
  annualReportsDue: t.field({
    type: [AnnualReportDueRef],
    description: 'Every report the title owes up to today, written or not, latest year first.',
    authScopes: (a, _args, ctx) => canSeeRecordsOf(ctx.viewer, a.organisationId),
    select: { id: true },
    resolve: async (a) =>
      (await prisma().$transaction((tx) => reportObligations(tx, todayInShanghai(), { id: a.id }))).sort(
        (x, y) => y.year - x.year,
      ),
  }),
  activitiesAttended: t.prismaField({
    type: ['AssociationActivity'],
    description: 'The association activities the platform attended on this title, latest first.',
    authScopes: (a, _args, ctx) => canSeeRecordsOf(ctx.viewer, a.organisationId),
    select: { id: true },
    resolve: (query, a) =>
      prisma().associationActivity.findMany({
        ...query,
        where: { attendances: { some: { accreditationId: a.id } } },
        orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

// Art. 13 reads Art. 12: a spot check (服务情况) looks at the title's record since the award.
builder.prismaObjectFields('SpotCheck', (t) => ({
  serviceRecords: t.prismaField({
    type: ['ServiceRecord'],
    description: "The checked title's service records since the award, newest first.",
    select: { accreditationId: true },
    resolve: (query, c) =>
      prisma().serviceRecord.findMany({
        ...query,
        where: { accreditationId: c.accreditationId },
        orderBy: [{ date: 'desc' }, { id: 'desc' }],
      }),
  }),
  annualReports: t.prismaField({
    type: ['AnnualReport'],
    description: "The checked title's annual service reports, latest year first.",
    select: { accreditationId: true },
    resolve: (query, c) =>
      prisma().annualReport.findMany({
        ...query,
        where: { accreditationId: c.accreditationId },
        orderBy: { year: 'desc' },
      }),
  }),
  annualReportsDue: t.field({
    type: [AnnualReportDueRef],
    description: 'Every report the checked title owes up to today, written or not (overdue ones flagged).',
    select: { accreditationId: true },
    resolve: async (c) =>
      (await prisma().$transaction((tx) => reportObligations(tx, todayInShanghai(), { id: c.accreditationId }))).sort(
        (x, y) => y.year - x.year,
      ),
  }),
  activitiesAttended: t.prismaField({
    type: ['AssociationActivity'],
    description: 'The association activities the checked platform attended on this title, latest first.',
    select: { accreditationId: true },
    resolve: (query, c) =>
      prisma().associationActivity.findMany({
        ...query,
        where: { attendances: { some: { accreditationId: c.accreditationId } } },
        orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

builder.prismaObjectFields('SpotCheckCampaign', (t) => ({
  includesOverdueReports: t.exposeBoolean('includesOverdueReports', {
    description:
      'A rule of the software: every title of the population whose annual service report was overdue on the day was added to the random sample.',
  }),
}));
builder.prismaObjectFields('SpotCheck', (t) => ({
  overdueReport: t.exposeBoolean('overdueReport', {
    description: 'Added to the campaign because its annual service report was overdue (not drawn at random).',
  }),
}));
