// The lists that can be exported. Another module registers its own with registerExportList
// (columns with Chinese headers, filters named like its GraphQL arguments, a keyset page).
import {
  APPLICATION_STATUS_NAMES,
  auditActionName,
  REVOCATION_REASON_NAMES,
  SERVICE_FUNCTION_NAMES,
  SERVICE_FUNCTIONS,
  type ApplicationStatus,
  type RevocationReason,
  type ServiceFunction,
} from '@sme/domain';
import { regionLabel, regionName } from '@sme/domain/region';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { hasRole, type Viewer } from '../context.js';
import { prisma } from '../db.js';
import { staffApplicationFilter } from '../modules/application/application.queries.js';
import * as stats from '../modules/statistics/statistics-sql.js';
import { todayInShanghai } from '../clock.js';
import { auditWhere, type AuditFilter } from '../modules/audit/audit-filter.js';
import { registerExportList } from './exporter.js';
import { APPLICATION_STATUSES } from '@sme/domain';

const isStaff = (v: Viewer) => ['ADMIN', 'REVIEWER', 'ANALYST', 'UNIT_STAFF'].some((r) => hasRole(v, r as never));
const isAnalystOrAdmin = (v: Viewer) => hasRole(v, 'ANALYST') || hasRole(v, 'ADMIN');

/** A global ID (as the GraphQL API gives it) or a raw id, of the expected type. */
function idParam(value: string | undefined, typename: string): string | null {
  if (!value) return null;
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // not a global ID: a raw id
  }
  return value;
}

function enumParam<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | null {
  if (!value) return null;
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`unknown ${name}: ${value}`);
  return value as T;
}

const functionsText = (fs: readonly ServiceFunction[]) => fs.map((f) => SERVICE_FUNCTION_NAMES[f].zhCN).join('、');

// ── Applications (申报列表): the filters of Query.applications, the same visibility ──
type ApplicationRow = {
  id: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
  organisation: { name: string; creditCode: string; provinceCode: string | null; cityCode: string | null };
  round: { name: string };
  functions: { function: ServiceFunction }[];
};

registerExportList<ApplicationRow, ReturnType<typeof staffApplicationFilter>, string>({
  name: 'applications',
  title: '申报列表',
  allowed: isStaff,
  filter: (query, viewer) =>
    staffApplicationFilter(
      {
        status: enumParam(query.status, APPLICATION_STATUSES, 'status'),
        roundId: query.roundId ? { id: idParam(query.roundId, 'Round') ?? '' } : null,
      },
      viewer,
    ),
  page: async (where, cursor, size) => {
    const rows = await prisma().application.findMany({
      where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
      orderBy: { id: 'asc' },
      take: size,
      select: {
        id: true,
        status: true,
        submittedAt: true,
        decidedAt: true,
        updatedAt: true,
        organisation: { select: { name: true, creditCode: true, provinceCode: true, cityCode: true } },
        round: { select: { name: true } },
        functions: { select: { function: true } },
      },
    });
    return { rows: rows as ApplicationRow[], next: rows.length === size ? (rows.at(-1)?.id ?? null) : null };
  },
  columns: [
    { header: '申报编号', value: (r) => r.id, width: 28 },
    { header: '机构名称', value: (r) => r.organisation.name, width: 36 },
    { header: '统一社会信用代码', value: (r) => r.organisation.creditCode, width: 22 },
    { header: '地区', value: (r) => regionLabel(r.organisation.provinceCode, r.organisation.cityCode) ?? '' },
    { header: '批次', value: (r) => r.round.name, width: 24 },
    { header: '服务功能', value: (r) => functionsText(r.functions.map((f) => f.function)), width: 30 },
    { header: '状态', value: (r) => APPLICATION_STATUS_NAMES[r.status].zhCN },
    { header: '提交时间', value: (r) => r.submittedAt },
    { header: '评审结论时间', value: (r) => r.decidedAt },
    { header: '最近更新', value: (r) => r.updatedAt },
  ],
});

// ── Audit trail (审计日志): administrators only ──
type AuditRow = {
  id: string;
  occurredAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  actor: { email: string; displayName: string } | null;
};
registerExportList<AuditRow, AuditFilter, string>({
  name: 'audit-events',
  title: '审计日志',
  allowed: (v) => hasRole(v, 'ADMIN'),
  // The audit trail page's filters (Query.auditEvents), dates as Beijing days.
  filter: (query) => ({
    action: query.action || null,
    entityType: query.entityType || null,
    entityId: query.entityId || null,
    actorId: idParam(query.actorId, 'User'),
    from: query.from || null,
    to: query.to || null,
  }),
  page: async (f, cursor, size) => {
    const rows = await prisma().auditEvent.findMany({
      where: { AND: [auditWhere(f), cursor ? { id: { gt: cursor } } : {}] },
      orderBy: { id: 'asc' },
      take: size,
      select: {
        id: true,
        occurredAt: true,
        action: true,
        entityType: true,
        entityId: true,
        ip: true,
        actor: { select: { email: true, displayName: true } },
      },
    });
    return { rows, next: rows.length === size ? (rows.at(-1)?.id ?? null) : null };
  },
  columns: [
    // Beijing time and the action in words, as the audit trail page shows them; the code kept beside.
    { header: '时间（北京时间）', value: (r) => r.occurredAt, width: 20 },
    { header: '操作', value: (r) => auditActionName(r.action)?.zhCN ?? r.action, width: 24 },
    { header: '操作代码', value: (r) => r.action, width: 28 },
    { header: '对象类型', value: (r) => r.entityType },
    { header: '对象编号', value: (r) => r.entityId, width: 28 },
    { header: '操作人', value: (r) => r.actor?.displayName ?? '', width: 16 },
    { header: '操作人邮箱', value: (r) => r.actor?.email ?? '', width: 28 },
    { header: 'IP 地址', value: (r) => r.ip },
  ],
});

// ── Statistics tables: the same filters as Query.statistics(filter) ──
function statisticsFilter(query: Record<string, string | undefined>): stats.StatisticsFilter {
  const year = query.year ? Number(query.year) : null;
  if (year !== null && !Number.isInteger(year)) throw new Error(`year must be a whole number: ${query.year}`);
  return {
    year,
    roundId: idParam(query.roundId, 'Round'),
    function: enumParam(query.function, SERVICE_FUNCTIONS, 'function'),
    region: query.region?.trim() || null,
    unitId: idParam(query.unitId, 'Unit'),
  };
}

function statisticsTable<Row>(
  name: string,
  title: string,
  load: (f: stats.StatisticsFilter) => Promise<Row[]>,
  columns: ExportColumns<Row>,
) {
  registerExportList<Row, stats.StatisticsFilter, string>({
    name,
    title,
    allowed: isAnalystOrAdmin,
    filter: statisticsFilter,
    page: async (f) => ({ rows: await load(f), next: null }),
    columns,
  });
}
type ExportColumns<Row> = { header: string; value: (row: Row) => string | number | Date | null }[];

statisticsTable('statistics-by-status', '申报状态统计', (f) => stats.applicationsByStatus(prisma(), f), [
  { header: '状态', value: (r) => APPLICATION_STATUS_NAMES[r.status as ApplicationStatus]?.zhCN ?? r.status },
  { header: '申报数', value: (r) => r.count },
]);
statisticsTable(
  'statistics-by-function',
  '有效称号按服务功能',
  (f) => stats.accreditationsByFunction(prisma(), f, todayInShanghai()),
  [
    { header: '服务功能', value: (r) => SERVICE_FUNCTION_NAMES[r.function].zhCN },
    { header: '有效称号数', value: (r) => r.count },
  ],
);
statisticsTable(
  'statistics-by-region',
  '有效称号按地区',
  (f) => stats.accreditationsByRegion(prisma(), f, todayInShanghai()),
  [
    { header: '地区代码', value: (r) => r.region },
    { header: '地区', value: (r) => regionName(r.region) ?? '未填写' },
    { header: '有效称号数', value: (r) => r.count },
  ],
);
statisticsTable(
  'statistics-by-unit',
  '有效称号按推荐单位',
  async (f) => {
    const rows = await stats.accreditationsByUnit(prisma(), f, todayInShanghai());
    const units = await prisma().unit.findMany({
      where: { id: { in: rows.map((r) => r.unitId) } },
      select: { id: true, name: true },
    });
    return rows.map((r) => ({ ...r, unitName: units.find((u) => u.id === r.unitId)?.name ?? r.unitId }));
  },
  [
    { header: '推荐单位', value: (r) => r.unitName },
    { header: '有效称号数', value: (r) => r.count },
  ],
);
const FUNNEL_HEADERS: [keyof stats.FunnelCounts, string][] = [
  ['drafted', '创建'],
  ['submitted', '提交'],
  ['recommended', '单位推荐'],
  ['reviewed', '评审完成'],
  ['passed', '评审通过'],
  ['noticed', '公示'],
  ['accredited', '认定'],
];
statisticsTable(
  'statistics-funnel',
  '各批次认定漏斗',
  async (f) => {
    const rows = (await stats.funnelAndTrends(prisma(), f)).funnel;
    const rounds = await prisma().round.findMany({
      where: { id: { in: rows.map((r) => r.roundId) } },
      select: { id: true, name: true },
    });
    return rows.map((r) => ({ ...r, roundName: rounds.find((x) => x.id === r.roundId)?.name ?? r.roundId }));
  },
  [
    { header: '批次', value: (r) => r.roundName },
    { header: '年度', value: (r) => r.year },
    ...FUNNEL_HEADERS.map(([k, h]) => ({ header: h, value: (r: stats.FunnelCounts) => r[k] })),
  ],
);
statisticsTable('statistics-trends', '年度趋势', async (f) => (await stats.funnelAndTrends(prisma(), f)).trends, [
  { header: '年度', value: (r) => r.year },
  ...FUNNEL_HEADERS.map(([k, h]) => ({ header: h, value: (r: stats.FunnelCounts) => r[k] })),
  { header: '评审通过率', value: (r) => (r.reviewed === 0 ? null : Math.round((r.passed / r.reviewed) * 1000) / 1000) },
  {
    header: '提交至评审结论天数中位数',
    value: (r) => (r.medianDays === null ? null : Math.round(r.medianDays * 10) / 10),
  },
]);
statisticsTable(
  'statistics-spot-checks',
  '抽查结果统计',
  async (f) => {
    const r = await stats.spotCheckOutcomes(prisma(), f);
    return [
      { outcome: '抽中', count: r.drawn },
      { outcome: '合格', count: r.passed },
      { outcome: '不合格', count: r.failed },
      { outcome: '待定', count: r.pending },
    ];
  },
  [
    { header: '结果', value: (r) => r.outcome },
    { header: '数量', value: (r) => r.count },
  ],
);
statisticsTable('statistics-revocations', '撤销按原因统计', (f) => stats.revocationsByReason(prisma(), f), [
  { header: '撤销原因', value: (r) => REVOCATION_REASON_NAMES[r.reason as RevocationReason]?.zhCN ?? r.reason },
  { header: '数量', value: (r) => r.count },
]);
