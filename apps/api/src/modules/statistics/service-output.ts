// Art. 12 in the analysts' statistics: what the accredited platforms delivered (their service
// records) by year, by function and by region, and how the annual service reports were filed.
// Filters: `year` is the year of the service (of the report for compliance); `function`,
// `region` and `unitId` select the titles; `roundId` the titles won in that round.
import { isReportFiled, reportDueOn, type ServiceFunction } from '@sme/domain';
import { regionName } from '@sme/domain/region';
import { Prisma, type PrismaClient } from '@sme/db';
import type { ObjectRef } from '@pothos/core';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { oncePer } from '../../once-per.js';
import { annualReportSchedule } from '../annual-report/annual-report-settings.js';
import { reportObligations } from '../annual-report/report-facts.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { inUnit, regionMatches, type StatisticsFilter } from './statistics-sql.js';
import { StatisticsRef, type StatisticsParent } from './statistics.object.js';

const { sql, join } = Prisma;
type Db = Pick<PrismaClient, '$queryRaw'>;

export type ServiceOutput = {
  services: number;
  enterprisesServed: number;
  publicWelfareServices: number;
  platforms: number;
};

/** Conditions on service records `sr` of titles `ac` of organisations `o`. */
function recordConditions(f: StatisticsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [sql`TRUE`];
  if (f.year != null) parts.push(sql`sr.year = ${f.year}`);
  if (f.function) parts.push(sql`${f.function} = ANY(ac.functions::text[])`);
  if (f.region) parts.push(regionMatches(f.region));
  if (f.unitId) parts.push(inUnit(sql`ac."organisationId"`, f.unitId));
  if (f.roundId)
    parts.push(
      sql`EXISTS (SELECT 1 FROM "Application" fa WHERE fa.id = ac."applicationId" AND fa."roundId" = ${f.roundId})`,
    );
  return join(parts, ' AND ');
}

const FROM = sql`FROM "ServiceRecord" sr JOIN "Accreditation" ac ON ac.id = sr."accreditationId" JOIN "Organisation" o ON o.id = ac."organisationId"`;
const MEASURES = sql`count(*)::int AS services, COALESCE(sum(sr."enterprisesServed"), 0)::int AS "enterprisesServed",
  count(*) FILTER (WHERE sr.free)::int AS "publicWelfareServices", count(DISTINCT sr."accreditationId")::int AS platforms`;

export function serviceOutputByYear(db: Db, f: StatisticsFilter): Promise<(ServiceOutput & { year: number })[]> {
  return db.$queryRaw`SELECT sr.year::int AS year, ${MEASURES} ${FROM} WHERE ${recordConditions(f)} GROUP BY sr.year ORDER BY sr.year`;
}

/** A service counts for each function its title offers (a title may offer several). */
export function serviceOutputByFunction(
  db: Db,
  f: StatisticsFilter,
): Promise<(ServiceOutput & { function: ServiceFunction })[]> {
  return db.$queryRaw`SELECT fn AS function, ${MEASURES} ${FROM} CROSS JOIN LATERAL unnest(ac.functions::text[]) AS fn
    WHERE ${recordConditions(f)} GROUP BY fn ORDER BY fn`;
}

export function serviceOutputByRegion(db: Db, f: StatisticsFilter): Promise<(ServiceOutput & { region: string })[]> {
  return db.$queryRaw`SELECT COALESCE(o."provinceCode", '') AS region, ${MEASURES} ${FROM}
    WHERE ${recordConditions(f)} GROUP BY COALESCE(o."provinceCode", '') ORDER BY "enterprisesServed" DESC, region`;
}

export type ReportCompliance = {
  year: number;
  dueOn: string;
  owed: number;
  submitted: number;
  accepted: number;
  returned: number;
  overdue: number;
};

/** Per report year: the reports owed (titles held on the day the year's report opened), filed, accepted, returned and overdue. */
export async function annualReportCompliance(f: StatisticsFilter, today: string): Promise<ReportCompliance[]> {
  // The titles the filter selects, in SQL like the other figures (enum-array filters stay in SQL).
  const parts: Prisma.Sql[] = [sql`TRUE`];
  if (f.function) parts.push(sql`${f.function} = ANY(ac.functions::text[])`);
  if (f.region) parts.push(regionMatches(f.region));
  if (f.unitId) parts.push(inUnit(sql`ac."organisationId"`, f.unitId));
  if (f.roundId)
    parts.push(
      sql`EXISTS (SELECT 1 FROM "Application" fa WHERE fa.id = ac."applicationId" AND fa."roundId" = ${f.roundId})`,
    );
  const where: Prisma.AccreditationWhereInput =
    parts.length > 1
      ? {
          id: {
            in: (
              await prisma().$queryRaw<{ id: string }[]>`SELECT ac.id FROM "Accreditation" ac
                JOIN "Organisation" o ON o.id = ac."organisationId" WHERE ${join(parts, ' AND ')}`
            ).map((r) => r.id),
          },
        }
      : {};
  let owed = await prisma().$transaction((tx) => reportObligations(tx, today, where));
  if (f.year != null) owed = owed.filter((o) => o.year === f.year);
  const byYear = new Map<number, ReportCompliance>();
  for (const o of owed) {
    const row = byYear.get(o.year) ?? {
      year: o.year,
      dueOn: reportDueOn(o.year, annualReportSchedule()),
      owed: 0,
      submitted: 0,
      accepted: 0,
      returned: 0,
      overdue: 0,
    };
    row.owed++;
    if (isReportFiled(o.report?.status)) row.submitted++;
    if (o.report?.status === 'ACCEPTED') row.accepted++;
    if (o.report?.status === 'RETURNED') row.returned++;
    if (o.overdue) row.overdue++;
    byYear.set(o.year, row);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

type SchemaTypesOf = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

function addMeasureFields<T extends ServiceOutput>(ref: ObjectRef<SchemaTypesOf, T>): void {
  builder.objectFields(ref, (t) => ({
    services: t.int({ description: '服务记录数。 Services recorded.', resolve: (r) => r.services }),
    enterprisesServed: t.int({
      description: '服务企业数（家次，按服务记录累加）。 Enterprises served, summed over the services.',
      resolve: (r) => r.enterprisesServed,
    }),
    publicWelfareServices: t.int({
      description: '公益性服务（免费）数。 Public-welfare (free) services.',
      resolve: (r) => r.publicWelfareServices,
    }),
    publicWelfareShare: t.float({
      nullable: true,
      description: '公益性服务占比（0–1）；无服务记录时为空。 Public-welfare share, 0–1; null without services.',
      resolve: (r) => (r.services === 0 ? null : r.publicWelfareServices / r.services),
    }),
    platforms: t.int({
      description: '有服务记录的称号数。 Titles with services recorded.',
      resolve: (r) => r.platforms,
    }),
  }));
}

const ServiceOutputYear = builder.objectRef<ServiceOutput & { year: number }>('ServiceOutputYear').implement({
  description: '一年的服务产出（第十二条）。 One year of service output (Art. 12).',
  fields: (t) => ({ year: t.exposeInt('year') }),
});
const ServiceOutputFunction = builder
  .objectRef<ServiceOutput & { function: ServiceFunction }>('ServiceOutputFunction')
  .implement({
    description:
      '一项服务功能的服务产出（一项服务计入其称号的每项功能）。 Service output of one function (a service counts for each function of its title).',
    fields: (t) => ({ function: t.field({ type: ServiceFunctionEnum, resolve: (r) => r.function }) }),
  });
const ServiceOutputRegion = builder.objectRef<ServiceOutput & { region: string }>('ServiceOutputRegion').implement({
  description: '一个省级行政区的服务产出。 Service output in one province.',
  fields: (t) => ({
    region: t.exposeString('region', {
      description: 'GB/T 2260 省级代码；未填写时为空字符串。 The province code; empty when not recorded.',
    }),
    name: t.string({ resolve: (r) => regionName(r.region) ?? '未填写' }),
  }),
});
const ReportComplianceRef = builder.objectRef<ReportCompliance>('AnnualReportCompliance').implement({
  description:
    '一个年度的年度服务报告提交情况（第十二条）：应交（当年报告开放之日称号有效）、已提交、已接收、被退回、逾期。' +
    ' Annual service reports on one year (Art. 12): owed (titles held on the day the year’s report opened), submitted, accepted, returned, overdue.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    owed: t.exposeInt('owed'),
    submitted: t.exposeInt('submitted', { description: '已提交或已接收。 Submitted or accepted.' }),
    accepted: t.exposeInt('accepted'),
    returned: t.exposeInt('returned'),
    overdue: t.exposeInt('overdue', {
      description: '逾期未提交（含被退回未重交）。 Past due and not filed (returned ones included).',
    }),
    complianceRate: t.float({
      nullable: true,
      description: '已提交占应交比例（0–1）。 Share of owed reports filed, 0–1.',
      resolve: (r) => (r.owed === 0 ? null : r.submitted / r.owed),
    }),
  }),
});

addMeasureFields(ServiceOutputYear);
addMeasureFields(ServiceOutputFunction);
addMeasureFields(ServiceOutputRegion);

builder.objectFields(StatisticsRef, (t) => ({
  serviceOutputByYear: t.field({
    type: [ServiceOutputYear],
    description: '按年度的服务产出（服务记录，第十二条）。 Service output by year (service records, Art. 12).',
    resolve: ({ filter }: StatisticsParent) => serviceOutputByYear(prisma(), filter),
  }),
  serviceOutputByFunction: t.field({
    type: [ServiceOutputFunction],
    description: '按服务功能的服务产出。 Service output by service function.',
    resolve: ({ filter }: StatisticsParent) => serviceOutputByFunction(prisma(), filter),
  }),
  serviceOutputByRegion: t.field({
    type: [ServiceOutputRegion],
    description: '按省级行政区的服务产出。 Service output by province.',
    resolve: ({ filter }: StatisticsParent) => serviceOutputByRegion(prisma(), filter),
  }),
  annualReportCompliance: t.field({
    type: [ReportComplianceRef],
    description: '年度服务报告提交情况，按报告年度。 Annual service report compliance, by report year.',
    resolve: (parent: StatisticsParent) =>
      oncePer(parent, 'annualReportCompliance', () => annualReportCompliance(parent.filter, parent.today)),
  }),
}));
