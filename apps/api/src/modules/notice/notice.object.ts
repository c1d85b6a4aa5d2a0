import { encodeGlobalID } from '@pothos/plugin-relay';
import { eachDay, type ServiceFunction } from '@sme/domain';
import { regionLabel } from '@sme/domain/region';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { ApplicationRef } from '../application/application.object.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.js';
import { BlockerRef } from '../common/action-blocker.object.js';
import { formatIsoDate } from '../common/scalars.js';
import { awardBlocker, awardedFunctions, isNoticeOver, isNoticeRunning, objectionCountsOf } from './notice-facts.js';

export const PublicNoticeStatusEnum = builder.enumType('PublicNoticeStatus', {
  description: 'PUBLISHED while the notice stands; CLOSED once its entries were awarded or failed.',
  values: ['DRAFT', 'PUBLISHED', 'CLOSED'] as const,
});
export const ObjectionStatusEnum = builder.enumType('ObjectionStatus', {
  values: ['PENDING', 'UPHELD', 'DISMISSED'] as const,
});
export const NoticeEntryOutcomeEnum = builder.enumType('PublicNoticeEntryOutcome', {
  description: 'PENDING until the award; CLEARED (accredited) or FAILED (an objection was upheld).',
  values: ['PENDING', 'CLEARED', 'FAILED'] as const,
});

const objectionCounts = { objections: { select: { status: true } } } as const;

// Art. 8: published notices are public knowledge (公示): anyone may read them, signed in or not.
// What is not public is marked on its field: the objections (objectors' identities and
// contacts are personal data) and the console's workings.
export const PublicNoticeRef = builder.prismaNode('PublicNotice', {
  id: { field: 'id' },
  authScopes: { public: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    body: t.exposeString('body', { nullable: true }),
    status: t.expose('status', { type: PublicNoticeStatusEnum }),
    publishedOn: t.expose('publishedOn', { type: 'Date' }),
    evidenceUrl: t.exposeString('evidenceUrl', {
      nullable: true,
      description:
        "Where the notice was published on the association's website (Art. 8); recorded for every notice dated before the day it was entered.",
    }),
    startsOn: t.expose('startsOn', { type: 'Date', description: 'First working day of the period (Art. 8).' }),
    endsOn: t.expose('endsOn', {
      type: 'Date',
      description: 'Last working day of the period; objections are heard through its end.',
    }),
    workingDays: t.field({
      type: ['Date'],
      description: 'The working days of the period, on the statutory calendar with overrides.',
      resolve: async (notice) => {
        const calendar = await loadWorkingDayCalendar();
        return eachDay(formatIsoDate(notice.startsOn), formatIsoDate(notice.endsOn)).filter((d) =>
          calendar.isWorkingDay(d),
        );
      },
    }),
    running: t.boolean({
      description:
        'Whether objections are heard today (Asia/Shanghai): from the publication date through the end date.',
      resolve: (notice) => isNoticeRunning(notice, todayInShanghai()),
    }),
    over: t.boolean({
      description: 'Whether the period has ended (the award may follow once no objection is pending).',
      resolve: (notice) => isNoticeOver(notice, todayInShanghai()),
    }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    entries: t.relation('entries', { query: { orderBy: { id: 'asc' } } }),
    round: t.relation('round', { nullable: true, authScopes: { staff: true } }),
    applications: t.field({
      type: [ApplicationRef],
      authScopes: { staff: true },
      select: { entries: { select: { application: true } } },
      resolve: (notice) => notice.entries.map((e) => e.application),
    }),
    objections: t.field({
      type: [ObjectionRef],
      description: 'Every objection to the notice, newest first. Administrators only.',
      authScopes: { admin: true },
      select: { entries: { select: { objections: true } } },
      resolve: (notice) =>
        notice.entries.flatMap((e) => e.objections).sort((a, b) => b.lodgedAt.getTime() - a.lodgedAt.getTime()),
    }),
    awardBlocker: t.field({
      type: BlockerRef,
      nullable: true,
      description:
        'Why awardAccreditations would refuse today (NOTICE_NOT_OVER, OBJECTION_PENDING, NOTICE_CLOSED), or null when it may be taken.',
      authScopes: { admin: true },
      select: { status: true, entries: { select: { application: { select: { status: true } }, ...objectionCounts } } },
      resolve: (notice) =>
        awardBlocker(
          notice,
          notice.entries.map((e) => ({ status: e.application.status, counts: objectionCountsOf(e.objections) })),
          todayInShanghai(),
        ),
    }),
  }),
});

// One application listed in a notice. Public: the organisation's name and region and the
// functions it is to be accredited for, which is what a 公示 shows.
export const PublicNoticeEntryRef = builder.prismaNode('PublicNoticeEntry', {
  id: { field: 'id' },
  authScopes: { public: true },
  fields: (t) => ({
    applicationId: t.id({
      description: "The application's global ID, for lodgeObjection.",
      resolve: (entry) => encodeGlobalID('Application', entry.applicationId),
    }),
    organisationName: t.string({
      select: { application: { select: { organisation: { select: { name: true } } } } },
      resolve: (entry) => entry.application.organisation.name,
    }),
    region: t.string({
      nullable: true,
      description: 'Province (and city) of the organisation, in Chinese.',
      select: { application: { select: { organisation: { select: { provinceCode: true, cityCode: true } } } } },
      resolve: (entry) =>
        regionLabel(entry.application.organisation.provinceCode, entry.application.organisation.cityCode),
    }),
    functions: t.field({
      type: [ServiceFunctionEnum],
      description: 'The declared functions that met Art. 6 (those the title would list), in the order of Art. 4.',
      select: { application: { select: { eligibilitySnapshot: true, functions: { select: { function: true } } } } },
      resolve: (entry) =>
        awardedFunctions(
          entry.application.functions.map((f: { function: ServiceFunction }) => f.function),
          entry.application.eligibilitySnapshot,
        ),
    }),
    isRenewal: t.boolean({
      select: { application: { select: { isRenewal: true } } },
      resolve: (entry) => entry.application.isRenewal,
    }),
    outcome: t.expose('outcome', { type: NoticeEntryOutcomeEnum }),
    notice: t.relation('notice'),
    application: t.relation('application', { authScopes: { staff: true } }),
    objections: t.relation('objections', { authScopes: { admin: true }, query: { orderBy: { lodgedAt: 'desc' } } }),
  }),
});

// Art. 8: an objection (异议) lodged while a notice runs. Objectors' names and contacts are
// personal data: administrators only.
export const ObjectionRef = builder.prismaNode('Objection', {
  id: { field: 'id' },
  authScopes: { admin: true },
  fields: (t) => ({
    receiptNumber: t.exposeString('receiptNumber'),
    lodgedByName: t.exposeString('lodgedByName'),
    contact: t.exposeString('contact'),
    grounds: t.exposeString('grounds'),
    lodgedAt: t.expose('lodgedAt', { type: 'DateTime' }),
    status: t.expose('status', { type: ObjectionStatusEnum }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decidedBy: t.relation('decidedBy', { nullable: true }),
    entry: t.relation('entry'),
    attachments: t.relation('attachments', {
      description: 'Files the objector attached, in upload order.',
      query: { orderBy: { uploadedAt: 'asc' } },
    }),
  }),
});

// A file attached to an objection. Like the objection it may name people: administrators only.
// Pending (unclaimed) uploads are never reachable: only an objection's relation leads here.
builder.prismaNode('ObjectionAttachment', {
  id: { field: 'id' },
  authScopes: { admin: true },
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('mimeType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256'),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
    downloadUrl: t.string({
      description: 'GET it with the session cookie: administrators only.',
      resolve: (a) => `/api/objection-attachments/${encodeURIComponent(encodeGlobalID('ObjectionAttachment', a.id))}`,
    }),
  }),
});

/** What an objector sees with their receipt number: the outcome, never anyone's identity. */
export type ObjectionReceipt = {
  receiptNumber: string;
  status: 'PENDING' | 'UPHELD' | 'DISMISSED';
  lodgedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  organisationName: string;
  noticeTitle: string;
  attachmentCount: number;
};

export const ObjectionReceiptRef = builder.objectRef<ObjectionReceipt>('ObjectionReceipt').implement({
  description:
    "An objection as its objector may see it with the receipt number: its entry, status and the association's answer.",
  fields: (t) => ({
    receiptNumber: t.exposeString('receiptNumber'),
    status: t.field({ type: ObjectionStatusEnum, resolve: (r) => r.status }),
    lodgedAt: t.expose('lodgedAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    organisationName: t.exposeString('organisationName'),
    noticeTitle: t.exposeString('noticeTitle'),
    attachmentCount: t.exposeInt('attachmentCount', {
      description: 'How many files came with the objection (their contents are for the association only).',
    }),
  }),
});
