// More exportable lists: titles, the public register, notices, objections and
// spot checks, each with the visibility and filters of its GraphQL list and Chinese headers.
import {
  OBJECTION_STATUS_NAMES,
  PUBLIC_NOTICE_STATUS_NAMES,
  SERVICE_FUNCTION_NAMES,
  SERVICE_FUNCTIONS,
  SPOT_CHECK_STATUS_NAMES,
  TITLE_STATUS_NAMES,
  type Message,
  type ServiceFunction,
} from '@sme/domain';
import { regionLabel } from '@sme/domain/region';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '@sme/db';
import { todayInShanghai } from '../clock.js';
import { hasRole, type Viewer } from '../context.js';
import { prisma } from '../db.js';
import { certificateStatusOn, type CertificateStatus } from '../modules/certificate/certificate-status.js';
import { registerFilter } from '../modules/certificate/certificate.queries.js';
import { registerExportList } from './exporter.js';

function zhCNOf<S extends string>(names: Readonly<Record<S, Message>>): Record<S, string> {
  return Object.fromEntries(Object.entries<Message>(names).map(([status, name]) => [status, name.zhCN])) as Record<
    S,
    string
  >;
}

// Status names in the export are the ones the screens show: the domain's tables, which packages/ui
// reads too (a test compares an export's cell with a screen's tag).
const CERTIFICATE_STATUS: Record<CertificateStatus, string> = zhCNOf(TITLE_STATUS_NAMES);
const SPOT_CHECK_STATUS: Record<string, string> = zhCNOf(SPOT_CHECK_STATUS_NAMES);
const OBJECTION_STATUS: Record<string, string> = zhCNOf(OBJECTION_STATUS_NAMES);
const NOTICE_STATUS: Record<string, string> = zhCNOf(PUBLIC_NOTICE_STATUS_NAMES);

const functionsText = (fs: readonly ServiceFunction[]) => fs.map((f) => SERVICE_FUNCTION_NAMES[f].zhCN).join('、');
const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const nextId = <R extends { id: string }>(rows: R[], size: number) =>
  rows.length === size ? (rows.at(-1)?.id ?? null) : null;
const afterId = (cursor: string | null) => (cursor ? { id: { gt: cursor } } : {});

function rawId(value: string | undefined, typename: string): string | null {
  if (!value) return null;
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // a raw id
  }
  return value;
}

// ── Titles (称号列表): as Query.accreditations — reviewers, administrators and analysts ──
const titleSelect = {
  id: true,
  certificateNumber: true,
  functions: true,
  awardedOn: true,
  validFrom: true,
  validUntil: true,
  imported: true,
  organisation: { select: { name: true, creditCode: true, provinceCode: true, cityCode: true } },
  revocation: { select: { status: true, effectiveOn: true } },
} as const;
type TitleRow = Prisma.AccreditationGetPayload<{ select: typeof titleSelect }>;

const titleColumns = (today: () => string) => [
  { header: '证书编号', value: (r: TitleRow) => r.certificateNumber, width: 22 },
  { header: '机构名称', value: (r: TitleRow) => r.organisation.name, width: 36 },
  { header: '统一社会信用代码', value: (r: TitleRow) => r.organisation.creditCode, width: 22 },
  { header: '地区', value: (r: TitleRow) => regionLabel(r.organisation.provinceCode, r.organisation.cityCode) ?? '' },
  { header: '服务功能', value: (r: TitleRow) => functionsText(r.functions), width: 30 },
  { header: '授予日期', value: (r: TitleRow) => isoDate(r.awardedOn) },
  { header: '有效期起', value: (r: TitleRow) => isoDate(r.validFrom) },
  { header: '有效期至', value: (r: TitleRow) => isoDate(r.validUntil) },
  { header: '今日状态', value: (r: TitleRow) => CERTIFICATE_STATUS[certificateStatusOn(r, today())] },
];

registerExportList<TitleRow, { fn: ServiceFunction | null }, string>({
  name: 'titles',
  title: '称号列表',
  allowed: (v: Viewer) => hasRole(v, 'ADMIN') || hasRole(v, 'REVIEWER') || hasRole(v, 'ANALYST'),
  filter: (query) => {
    const fn = query.function || null;
    if (fn && !(SERVICE_FUNCTIONS as readonly string[]).includes(fn)) throw new Error(`unknown function: ${fn}`);
    return { fn: fn as ServiceFunction | null };
  },
  page: async ({ fn }, cursor, size) => {
    const rows = await prisma().accreditation.findMany({
      where: { ...(fn ? { functions: { has: fn } } : {}), ...afterId(cursor) },
      orderBy: { id: 'asc' },
      take: size,
      select: titleSelect,
    });
    return { rows, next: nextId(rows, size) };
  },
  columns: titleColumns(todayInShanghai),
});

// ── The public register (公开名录): titles valid today, with Query.register's filters ──
type RegisterArgs = { function: ServiceFunction | null; region: string | null; name: string | null };

registerExportList<TitleRow, RegisterArgs, string>({
  name: 'register',
  title: '示范平台名录',
  // public data; the export route still wants a signed-in caller
  allowed: () => true,
  filter: (query) => {
    const fn = query.function || null;
    if (fn && !(SERVICE_FUNCTIONS as readonly string[]).includes(fn)) throw new Error(`unknown function: ${fn}`);
    return {
      function: fn as ServiceFunction | null,
      region: query.region?.trim().slice(0, 40) || null,
      name: query.name?.trim().slice(0, 100) || null,
    };
  },
  page: async (args, cursor, size) => {
    const where = await registerFilter(args);
    const rows = await prisma().accreditation.findMany({
      where: { AND: [where, afterId(cursor)] },
      orderBy: { id: 'asc' },
      take: size,
      select: titleSelect,
    });
    return { rows, next: nextId(rows, size) };
  },
  columns: titleColumns(todayInShanghai),
});

// ── Spot checks (抽查): administrators, as Query.spotChecks ──
const spotSelect = {
  id: true,
  status: true,
  dueOn: true,
  respondedAt: true,
  decidedAt: true,
  campaign: { select: { name: true, year: true } },
  accreditation: { select: { certificateNumber: true, organisation: { select: { name: true } } } },
} as const;
type SpotRow = Prisma.SpotCheckGetPayload<{ select: typeof spotSelect }>;

registerExportList<SpotRow, { campaignId: string | null }, string>({
  name: 'spot-checks',
  title: '抽查列表',
  allowed: (v) => hasRole(v, 'ADMIN'),
  filter: (query) => ({ campaignId: rawId(query.campaignId, 'SpotCheckCampaign') }),
  page: async ({ campaignId }, cursor, size) => {
    const rows = await prisma().spotCheck.findMany({
      where: { ...(campaignId ? { campaignId } : {}), ...afterId(cursor) },
      orderBy: { id: 'asc' },
      take: size,
      select: spotSelect,
    });
    return { rows, next: nextId(rows, size) };
  },
  columns: [
    { header: '抽查批次', value: (r) => r.campaign.name, width: 28 },
    { header: '年度', value: (r) => r.campaign.year },
    { header: '证书编号', value: (r) => r.accreditation.certificateNumber, width: 22 },
    { header: '机构名称', value: (r) => r.accreditation.organisation.name, width: 36 },
    { header: '状态', value: (r) => SPOT_CHECK_STATUS[r.status] ?? r.status },
    { header: '材料截止日期', value: (r) => isoDate(r.dueOn) },
    { header: '回复时间', value: (r) => r.respondedAt },
    { header: '结论时间', value: (r) => r.decidedAt },
  ],
});

// ── Objections (异议): administrators only — objectors' names and contacts are personal data ──
const objectionSelect = {
  id: true,
  receiptNumber: true,
  lodgedByName: true,
  contact: true,
  grounds: true,
  lodgedAt: true,
  status: true,
  decisionNote: true,
  decidedAt: true,
  entry: {
    select: {
      notice: { select: { title: true } },
      application: { select: { organisation: { select: { name: true } } } },
    },
  },
} as const;
type ObjectionRow = Prisma.ObjectionGetPayload<{ select: typeof objectionSelect }>;

registerExportList<ObjectionRow, { noticeId: string | null; status: string | null }, string>({
  name: 'objections',
  title: '异议列表',
  allowed: (v) => hasRole(v, 'ADMIN'),
  filter: (query) => {
    const status = query.status || null;
    if (status && !(status in OBJECTION_STATUS)) throw new Error(`unknown status: ${status}`);
    return { noticeId: rawId(query.noticeId, 'PublicNotice'), status };
  },
  page: async ({ noticeId, status }, cursor, size) => {
    const rows = await prisma().objection.findMany({
      where: {
        ...(noticeId ? { entry: { noticeId } } : {}),
        ...(status ? { status: status as never } : {}),
        ...afterId(cursor),
      },
      orderBy: { id: 'asc' },
      take: size,
      select: objectionSelect,
    });
    return { rows, next: nextId(rows, size) };
  },
  columns: [
    { header: '回执编号', value: (r) => r.receiptNumber, width: 22 },
    { header: '公示', value: (r) => r.entry.notice.title, width: 30 },
    { header: '被异议机构', value: (r) => r.entry.application.organisation.name, width: 36 },
    { header: '异议人', value: (r) => r.lodgedByName },
    { header: '联系方式', value: (r) => r.contact, width: 24 },
    { header: '异议理由', value: (r) => r.grounds, width: 48 },
    { header: '提出时间', value: (r) => r.lodgedAt, width: 24 },
    { header: '状态', value: (r) => OBJECTION_STATUS[r.status] ?? r.status },
    { header: '处理意见', value: (r) => r.decisionNote, width: 36 },
    { header: '处理时间', value: (r) => r.decidedAt, width: 24 },
  ],
});

// ── Public notices (公示): the published ones, as Query.publicNotices; drafts for administrators ──
const noticeSelect = {
  id: true,
  title: true,
  publishedOn: true,
  startsOn: true,
  endsOn: true,
  status: true,
  _count: { select: { entries: true } },
} as const;
type NoticeRow = Prisma.PublicNoticeGetPayload<{ select: typeof noticeSelect }>;

registerExportList<NoticeRow, { admin: boolean }, string>({
  name: 'notices',
  title: '公示列表',
  allowed: () => true,
  filter: (_query, viewer) => ({ admin: hasRole(viewer, 'ADMIN') }),
  page: async ({ admin }, cursor, size) => {
    const rows = await prisma().publicNotice.findMany({
      where: { ...(admin ? {} : { status: { in: ['PUBLISHED', 'CLOSED'] } }), ...afterId(cursor) },
      orderBy: { id: 'asc' },
      take: size,
      select: noticeSelect,
    });
    return { rows, next: nextId(rows, size) };
  },
  columns: [
    { header: '标题', value: (r) => r.title, width: 40 },
    { header: '发布日期', value: (r) => isoDate(r.publishedOn) },
    { header: '公示开始', value: (r) => isoDate(r.startsOn) },
    { header: '公示结束', value: (r) => isoDate(r.endsOn) },
    { header: '状态', value: (r) => NOTICE_STATUS[r.status] ?? r.status },
    { header: '公示机构数', value: (r) => r._count.entries },
  ],
});
