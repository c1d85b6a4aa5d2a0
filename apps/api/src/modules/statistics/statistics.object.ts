// The analysts' statistics (docs/analysts.md). `statistics(filter)` returns this object;
// each field runs its own aggregate query when selected (statistics-sql.ts), so a client pays
// only for the figures it asks for. Descriptions are in Chinese and English: GraphiQL shows them.
import { FUNNEL_STAGES, type ServiceFunction } from '@sme/domain';
import { regionName } from '@sme/domain/region';
import type { ObjectRef } from '@pothos/core';

type SchemaTypesOf = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { oncePer } from '../../once-per.js';
import { RevocationReasonEnum } from '../revocation/revocation.object.js';
import { ApplicationStatusEnum } from '../application/application.object.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { RoundRef } from '../round/round.object.js';
import { UnitRef } from '../unit/unit.object.js';
import * as q from './statistics-sql.js';

export type StatisticsParent = { filter: q.StatisticsFilter; today: string };

// Figures that share one aggregate run it once per request, whichever of them are asked (the
// parent object lives for one request): passRate and medianDaysSubmittedToDecided share the
// review outcomes; funnel and trendsByYear share the stage rows grouped by round and by year.
const reviewOutcomes = (parent: StatisticsParent) =>
  oncePer(parent, 'reviewOutcomes', () => q.reviewOutcomes(prisma(), parent.filter));
const funnelAndTrends = (parent: StatisticsParent) =>
  oncePer(parent, 'funnelAndTrends', () => q.funnelAndTrends(prisma(), parent.filter));

export const StatisticsFilterInput = builder.inputType('StatisticsFilter', {
  description: '统计筛选条件，各项可组合（同时满足）。Filters of the statistics; all given ones apply together.',
  fields: (t) => ({
    year: t.int({
      description:
        '年度：申报按所属批次的年度，称号按授予日期的年度，抽查按抽查批次的年度，撤销按立案年度。' +
        ' Year: of the round for applications, of the award for titles, of the campaign for spot checks, of opening for revocations.',
    }),
    roundId: t.globalID({ for: RoundRef, description: '批次（第十条）。 The round (Art. 10).' }),
    function: t.field({ type: ServiceFunctionEnum, description: '服务功能（第四条）。 A service function (Art. 4).' }),
    region: t.string({
      description:
        '地区：GB/T 2260 行政区划代码，省级（如 440000）或地市级（如 440300）。 Region: a GB/T 2260 code of a province (e.g. 440000) or city (e.g. 440300).',
    }),
    unitId: t.globalID({
      description:
        "推荐单位（第二条）：机构当前会籍（无则最近一次会籍）所属单位。 The recommending unit (Art. 2): the unit of the organisation's active membership, else its latest.",
    }),
  }),
});

const StatusCount = builder.objectRef<{ status: string; count: number }>('ApplicationStatusCount').implement({
  description: '按状态统计的申报数。 Applications in one status.',
  fields: (t) => ({
    status: t.field({ type: ApplicationStatusEnum, resolve: (r) => r.status as never }),
    count: t.exposeInt('count'),
  }),
});

const FunctionCount = builder
  .objectRef<{ function: ServiceFunction; count: number }>('ServiceFunctionCount')
  .implement({
    description:
      '按服务功能统计的有效称号数（一个称号可含多项功能）。 Valid titles offering one function (a title may offer several).',
    fields: (t) => ({
      function: t.field({ type: ServiceFunctionEnum, resolve: (r) => r.function }),
      count: t.exposeInt('count'),
    }),
  });

const RegionCount = builder.objectRef<{ region: string; count: number }>('RegionCount').implement({
  description: '按省级行政区统计的有效称号数。 Valid titles in one province.',
  fields: (t) => ({
    region: t.exposeString('region', {
      description:
        'GB/T 2260 省级代码（如 440000）；机构未填写地区时为空字符串。 The province code (e.g. 440000); empty when the organisation recorded no region.',
    }),
    name: t.string({
      description: "地区名称（如 广东省）；未填写时为「未填写」。 The region's Chinese name; 未填写 when not recorded.",
      resolve: (r) => regionName(r.region) ?? '未填写',
    }),
    count: t.exposeInt('count'),
  }),
});

const UnitCount = builder.objectRef<{ unitId: string; count: number }>('UnitCount').implement({
  description: '按推荐单位统计的有效称号数。 Valid titles of the members of one unit.',
  fields: (t) => ({
    unit: t.field({
      type: UnitRef,
      resolve: (r) => prisma().unit.findUniqueOrThrow({ where: { id: r.unitId } }),
    }),
    count: t.exposeInt('count'),
  }),
});

const SpotCheckStatistics = builder
  .objectRef<{ drawn: number; passed: number; failed: number; pending: number }>('SpotCheckStatistics')
  .implement({
    description: '抽查结果（第十三条）。 Spot-check outcomes (Art. 13).',
    fields: (t) => ({
      drawn: t.exposeInt('drawn', { description: '抽中数。 Titles drawn.' }),
      passed: t.exposeInt('passed', { description: '合格数。 Passed.' }),
      failed: t.exposeInt('failed', { description: '不合格数（将撤销）。 Failed (revocation follows).' }),
      pending: t.exposeInt('pending', { description: '尚未出结果。 Not yet decided.' }),
    }),
  });

const RevocationCount = builder.objectRef<{ reason: string; count: number }>('RevocationReasonCount').implement({
  description: '按撤销原因统计。 Revocations on one ground.',
  fields: (t) => ({
    reason: t.field({ type: RevocationReasonEnum, resolve: (r) => r.reason as never }),
    count: t.exposeInt('count'),
  }),
});

export const FunnelStageEnum = builder.enumType('FunnelStage', {
  description:
    '认定漏斗的阶段：创建 → 提交 → 单位推荐 → 评审完成 → 评审通过 → 公示 → 认定。 Stages of the funnel: drafted → submitted → recommended → reviewed → passed → noticed → accredited.',
  values: FUNNEL_STAGES,
});

const FUNNEL_DESCRIPTIONS: Record<keyof q.FunnelCounts, string> = {
  drafted: '创建的申报（全部）。 Applications created.',
  submitted: '曾提交。 Submitted at least once.',
  recommended: '获单位推荐（第二条）。 Recommended by the unit (Art. 2).',
  reviewed: '评审已作出结论（通过或不通过，第八条）。 Review decided, passed or failed (Art. 8).',
  passed: '评审通过。 Passed review.',
  noticed: '进入公示（第八条）。 Entered the public notice (Art. 8).',
  accredited: '获认定（第九条）。 Accredited (Art. 9).',
};

function addFunnelFields<T extends q.FunnelCounts>(ref: ObjectRef<SchemaTypesOf, T>): void {
  builder.objectFields(ref, (t) =>
    Object.fromEntries(
      (Object.keys(FUNNEL_DESCRIPTIONS) as (keyof q.FunnelCounts)[]).map((key) => [
        key,
        t.int({ description: FUNNEL_DESCRIPTIONS[key], resolve: (r) => r[key] }),
      ]),
    ),
  );
}

const RoundFunnel = builder.objectRef<q.FunnelCounts & { roundId: string; year: number }>('RoundFunnel').implement({
  description:
    '一个批次的认定漏斗：到达各阶段的申报数（按当前状态及时间线判断，撤回或退回的申报保留已到达的阶段）。' +
    ' The funnel of one round: applications that reached each stage (from the status and the timeline; withdrawn or returned ones keep the stages they reached).',
  fields: (t) => ({
    round: t.field({ type: RoundRef, resolve: (r) => prisma().round.findUniqueOrThrow({ where: { id: r.roundId } }) }),
    year: t.exposeInt('year'),
  }),
});

const YearTrend = builder.objectRef<q.YearTrendRow & { awarded: number }>('YearTrend').implement({
  description: "按年度的趋势（申报按批次年度）。 One year of the trend (applications by their round's year).",
  fields: (t) => ({
    year: t.exposeInt('year'),
    awarded: t.exposeInt('awarded', {
      description: '当年授予的称号（含导入的历史称号）。 Titles awarded that year, imported ones included.',
    }),
    passRate: t.float({
      nullable: true,
      description: '评审通过率（0–1）。 Share of decided applications that passed review, 0–1.',
      resolve: (r) => (r.reviewed === 0 ? null : r.passed / r.reviewed),
    }),
    medianDaysSubmittedToDecided: t.float({
      nullable: true,
      description: '从提交到评审结论的天数中位数。 Median days from submission to the review decision.',
      resolve: (r) => r.medianDays,
    }),
  }),
});
addFunnelFields(RoundFunnel);
addFunnelFields(YearTrend);

export const StatisticsRef = builder.objectRef<StatisticsParent>('Statistics');

builder.objectType(StatisticsRef, {
  description:
    '统计（仅限分析人员与管理员）：全部在数据库中聚合计算，与对应列表的筛选口径一致；只含汇总数，不含联系人、异议人、证据或材料。' +
    ' Statistics for analysts and administrators: every figure is an aggregate computed in the database, counted the way the lists it summarises count; aggregates only, no contact details, objectors, evidence or materials.',
  fields: (t) => ({
    applicationsByStatus: t.field({
      type: [StatusCount],
      description: '按当前状态统计的申报数（含草稿）。 Applications by current status, drafts included.',
      resolve: ({ filter }) => q.applicationsByStatus(prisma(), filter),
    }),
    accreditationsByFunction: t.field({
      type: [FunctionCount],
      description:
        '今日有效称号按服务功能统计（第四条；未过期且未撤销）。 Titles valid today (not expired, not revoked) by service function (Art. 4).',
      resolve: ({ filter, today }) => q.accreditationsByFunction(prisma(), filter, today),
    }),
    accreditationsByRegion: t.field({
      type: [RegionCount],
      description: '今日有效称号按省级行政区统计，数量从多到少。 Titles valid today by province, most first.',
      resolve: ({ filter, today }) => q.accreditationsByRegion(prisma(), filter, today),
    }),
    accreditationsByUnit: t.field({
      type: [UnitCount],
      description:
        '今日有效称号按推荐单位统计（第二条）。 Titles valid today by the unit that developed the member (Art. 2).',
      resolve: ({ filter, today }) => q.accreditationsByUnit(prisma(), filter, today),
    }),
    accreditationsValid: t.int({
      description: '今日有效称号总数。 Titles valid today.',
      resolve: ({ filter, today }) => q.accreditationsValid(prisma(), filter, today),
    }),
    passRate: t.float({
      nullable: true,
      description:
        '评审通过率：已作出评审结论的申报中通过的比例（0–1）；无结论时为空。 Pass rate: the share of applications with a review decision that passed (0–1); null when none was decided.',
      resolve: async (parent) => {
        const r = await reviewOutcomes(parent);
        return r.reviewed === 0 ? null : r.passed / r.reviewed;
      },
    }),
    medianDaysSubmittedToDecided: t.float({
      nullable: true,
      description:
        '从提交（submittedAt）到评审结论（decidedAt）的天数中位数；无结论时为空。 Median days from submission (submittedAt) to the review decision (decidedAt); null when none was decided.',
      resolve: async (parent) => (await reviewOutcomes(parent)).medianDays,
    }),
    expiringWithin: t.int({
      description:
        '今日有效、且在今后 days 天内（含今日）到期的称号数（第十一条）。 Titles valid today whose validity ends within the next `days` days, today included (Art. 11).',
      args: { days: t.arg.int({ required: true, description: '天数（0–3650）。 Days, 0–3650.' }) },
      resolve: ({ filter, today }, { days }) =>
        q.expiringWithin(prisma(), filter, today, Math.max(0, Math.min(days, 3650))),
    }),
    spotChecks: t.field({
      type: SpotCheckStatistics,
      description: '抽查结果（第十三条）。 Spot-check outcomes (Art. 13).',
      resolve: ({ filter }) => q.spotCheckOutcomes(prisma(), filter),
    }),
    revocationsByReason: t.field({
      type: [RevocationCount],
      description:
        '撤销（含处理中）按原因统计（第十一、十三条）。 Revocations, open or completed, by ground (Arts. 11 and 13).',
      resolve: ({ filter }) => q.revocationsByReason(prisma(), filter),
    }),
    funnel: t.field({
      type: [RoundFunnel],
      description: '各批次的认定漏斗。 The accreditation funnel of each round.',
      resolve: async (parent) => (await funnelAndTrends(parent)).funnel,
    }),
    trendsByYear: t.field({
      type: [YearTrend],
      description:
        '按年度的趋势：漏斗、通过率、审查时长和授予称号数。 Trends by year: funnel, pass rate, review time and titles awarded.',
      resolve: async (parent) => {
        const [{ trends }, awards] = await Promise.all([
          funnelAndTrends(parent),
          q.awardsByYear(prisma(), parent.filter),
        ]);
        const years = [...new Set([...trends.map((r) => r.year), ...awards.map((a) => a.year)])].sort((a, b) => a - b);
        const empty = Object.fromEntries(FUNNEL_STAGES.map((s) => [s.toLowerCase(), 0])) as q.FunnelCounts;
        return years.map((year) => ({
          ...empty,
          medianDays: null,
          ...trends.find((r) => r.year === year),
          year,
          awarded: awards.find((a) => a.year === year)?.count ?? 0,
        }));
      },
    }),
  }),
});
