import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  ANNUAL_REPORT_STATUSES,
  annualReportWorkflow,
  isReportFiled,
  isReportOverdue,
  type AnnualReportFigures,
} from '@sme/domain';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { oncePer } from '../../once-per.js';
import { annualReportPartiesOf } from '../../workflow/annual-report-subject.js';
import { toEnumValue } from '../common/enum-value.js';
import { TimelineEntryRef } from '../audit/timeline-entry.object.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';
import { annualReportSchedule } from './annual-report-settings.js';
import { figuresOf, type ReportObligation } from './report-facts.js';

export const AnnualReportStatusEnum = builder.enumType('AnnualReportStatus', {
  description: 'Art. 12: DRAFT or RETURNED → SUBMITTED → ACCEPTED | RETURNED.',
  values: ANNUAL_REPORT_STATUSES,
});

export const AnnualReportActionEnum = builder.enumType('AnnualReportAction', {
  values: Object.fromEntries(annualReportWorkflow.actionList.map((a) => [toEnumValue(a), { value: a }])) as Record<
    string,
    { value: (typeof annualReportWorkflow.actionList)[number] }
  >,
});

type Stored = {
  id: string;
  accreditationId: string;
  year: number;
  status: string;
  servicesRecorded: number;
  enterprisesServed: number;
  publicWelfareServices: number;
  publicWelfareShare: number;
  activitiesAttended: number;
};

// A filed report shows the figures frozen at submission; a draft or a returned one shows them
// as the records stand now (they may still change).
function figures(report: Stored, ctx: object): Promise<AnnualReportFigures> | AnnualReportFigures {
  if (isReportFiled(report.status)) return report;
  return oncePer(ctx, `annual-report-figures:${report.id}`, () =>
    prisma().$transaction((tx) => figuresOf(tx, report.accreditationId, report.year)),
  );
}
const figureSelect = {
  id: true,
  accreditationId: true,
  year: true,
  status: true,
  servicesRecorded: true,
  enterprisesServed: true,
  publicWelfareServices: true,
  publicWelfareShare: true,
  activitiesAttended: true,
} as const;

// Art. 12: a title's annual service report. The holder's members and the staff who see the
// holder's records read it.
builder.prismaNode('AnnualReport', {
  id: { field: 'id' },
  select: { accreditation: { select: { organisationId: true } } },
  authScopes: (r, ctx) => canSeeRecordsOf(ctx.viewer, r.accreditation.organisationId),
  fields: (t) => ({
    accreditation: t.relation('accreditation'),
    year: t.exposeInt('year'),
    status: t.expose('status', { type: AnnualReportStatusEnum }),
    version: t.exposeInt('version'),
    summary: t.exposeString('summary'),
    servicesRecorded: t.int({
      select: figureSelect,
      resolve: async (r, _a, ctx) => (await figures(r, ctx)).servicesRecorded,
    }),
    enterprisesServed: t.int({
      description: "Enterprises served, summed over the year's service records.",
      select: figureSelect,
      resolve: async (r, _a, ctx) => (await figures(r, ctx)).enterprisesServed,
    }),
    publicWelfareServices: t.int({
      description: "The year's free services (公益性服务).",
      select: figureSelect,
      resolve: async (r, _a, ctx) => (await figures(r, ctx)).publicWelfareServices,
    }),
    publicWelfareShare: t.float({
      description: 'Public-welfare services as a share of the services recorded, 0–1.',
      select: figureSelect,
      resolve: async (r, _a, ctx) => (await figures(r, ctx)).publicWelfareShare,
    }),
    activitiesAttended: t.int({
      description: 'Association activities held in the year that the platform attended.',
      select: figureSelect,
      resolve: async (r, _a, ctx) => (await figures(r, ctx)).activitiesAttended,
    }),
    figuresFrozen: t.boolean({
      description:
        'The figures are those frozen at submission (SUBMITTED, ACCEPTED); otherwise they follow the records.',
      select: { status: true },
      resolve: (r) => isReportFiled(r.status),
    }),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    overdue: t.boolean({
      select: { year: true, status: true },
      resolve: (r) => isReportOverdue(r.year, r.status, todayInShanghai(), annualReportSchedule()),
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    submittedBy: t.string({
      nullable: true,
      select: { submittedBy: { select: { displayName: true } } },
      resolve: (r) => r.submittedBy?.displayName ?? null,
    }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    reviewNote: t.exposeString('reviewNote', {
      nullable: true,
      description: "The staff's note with the acceptance or the return.",
    }),
    allowedActions: t.field({
      type: [AnnualReportActionEnum],
      select: { status: true, accreditation: { select: { organisationId: true } } },
      resolve: (r, _a, ctx) =>
        annualReportWorkflow.allowed(r.status, annualReportPartiesOf(ctx.viewer, r.accreditation.organisationId)),
    }),
    timeline: t.field({
      type: [TimelineEntryRef],
      description: "The report's history, oldest first.",
      select: { id: true },
      resolve: (r) =>
        prisma().timelineEntry.findMany({
          where: { subjectType: 'AnnualReport', subjectId: r.id },
          include: { actor: { select: { displayName: true, roles: true } } },
          orderBy: [{ at: 'asc' }, { id: 'asc' }],
        }),
    }),
    pdfUrl: t.string({
      description: 'GET the report as PDF with the session cookie.',
      select: { id: true },
      resolve: (r) => `/api/annual-reports/${encodeURIComponent(encodeGlobalID('AnnualReport', r.id))}.pdf`,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const AnnualReportDueRef = builder.objectRef<ReportObligation>('AnnualReportDue').implement({
  description:
    "A report a title owes (each year it was held on the day that year's report opened), with the report written so far.",
  fields: (t) => ({
    accreditation: t.prismaField({
      type: 'Accreditation',
      resolve: (query, o) => prisma().accreditation.findUniqueOrThrow({ ...query, where: { id: o.accreditationId } }),
    }),
    year: t.exposeInt('year'),
    opensOn: t.expose('opensOn', { type: 'Date', description: 'The first day it may be submitted.' }),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    overdue: t.exposeBoolean('overdue'),
    report: t.prismaField({
      type: 'AnnualReport',
      nullable: true,
      resolve: (query, o) =>
        o.report ? prisma().annualReport.findUnique({ ...query, where: { id: o.report.id } }) : null,
    }),
  }),
});

export const AnnualReportScheduleRef = builder
  .objectRef<{ opensOn: string; dueOn: string }>('AnnualReportSchedule')
  .implement({
    description: "When a year's report opens (month-day of its year) and is due (month-day of the next year).",
    fields: (t) => ({
      opensOn: t.exposeString('opensOn', { description: 'MM-DD of the report’s own year, e.g. 12-01.' }),
      dueOn: t.exposeString('dueOn', { description: 'MM-DD of the following year, e.g. 03-31.' }),
      reading: t.string({
        description: "The software's reading, in the caller's language.",
        resolve: (s, _a, ctx) => {
          const [om, od] = s.opensOn.split('-').map(Number);
          const [dm, dd] = s.dueOn.split('-').map(Number);
          return ctx.locale === 'EN'
            ? `Software rule: a year’s service report may be submitted from ${s.opensOn} (month-day) of that year and is due by ${s.dueOn} of the next (configurable).`
            : `系统规则：年度服务报告自当年${om}月${od}日起可提交，应于次年${dm}月${dd}日前提交（日期可配置）。`;
        },
      }),
    }),
  });
