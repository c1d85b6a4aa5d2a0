import { encodeGlobalID } from '@pothos/plugin-relay';
import { checkServiceRecord, recordsEditable, recordsFrozenError, type ServiceRecordKind } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma, type Tx } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { formatIsoDate } from '../common/scalars.js';
import { isHolder, loadHeldTitle, type HeldTitle } from './holder.js';
import { ServiceRecordKindEnum } from './service-record.object.js';

const yearOf = (date: string): number => Number(date.slice(0, 4));

const titleText = z
  .string()
  .trim()
  .min(1, bilingual({ zhCN: '请填写服务名称', en: 'the service needs a title' }))
  .max(200);
const enterprises = z
  .number()
  .int()
  .min(0, bilingual({ zhCN: '服务企业数不能为负数', en: 'enterprises served cannot be negative' }))
  .max(1_000_000);
const descriptionText = z.string().max(5000);

const RecordServiceActivityInput = builder.inputType('RecordServiceActivityInput', {
  fields: (t) => ({
    accreditationId: t.globalID({ required: true }),
    date: t.field({ type: 'Date', required: true }),
    kind: t.field({ type: ServiceRecordKindEnum, required: true }),
    title: t.string({ required: true, validate: titleText }),
    enterprisesServed: t.int({ required: true, validate: enterprises }),
    free: t.boolean({ required: true }),
    description: t.string({ required: false, validate: descriptionText }),
  }),
});

const UpdateServiceRecordInput = builder.inputType('UpdateServiceRecordInput', {
  fields: (t) => ({
    serviceRecordId: t.globalID({ required: true }),
    date: t.field({ type: 'Date', required: false }),
    kind: t.field({ type: ServiceRecordKindEnum, required: false }),
    title: t.string({ required: false, validate: titleText }),
    enterprisesServed: t.int({ required: false, validate: enterprises }),
    free: t.boolean({ required: false }),
    description: t.string({ required: false, validate: descriptionText }),
    removeEvidence: t.boolean({ required: false, description: 'Takes the evidence file off the record.' }),
  }),
});

const DeleteServiceRecordInput = builder.inputType('DeleteServiceRecordInput', {
  fields: (t) => ({ serviceRecordId: t.globalID({ required: true }) }),
});

const errorsOf = (name: string) => ({
  types: [ValidationError, RuleViolationError, NotFoundError],
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
});

/** Refuses a change to a year whose report is submitted or accepted (software rule). */
export async function assertYearEditable(tx: Tx, accreditationId: string, year: number): Promise<void> {
  const report = await tx.annualReport.findUnique({
    where: { accreditationId_year: { accreditationId, year } },
    select: { status: true },
  });
  if (!recordsEditable(report?.status)) throw RuleViolationError.from(recordsFrozenError(year));
}

function check(
  record: { date: string; kind: ServiceRecordKind; enterprisesServed: number; free: boolean },
  title: HeldTitle,
) {
  const failure = checkServiceRecord(record, title, todayInShanghai());
  if (failure) throw RuleViolationError.from(failure);
}

/** The record with its title, if the viewer is one of the holder's members; else NotFoundError. */
async function loadOwnRecord(tx: Tx, id: string, viewer: Parameters<typeof isHolder>[0]) {
  const record = await tx.serviceRecord.findUnique({ where: { id } });
  const title = record ? await loadHeldTitle(tx, record.accreditationId) : null;
  if (!record || !title || !isHolder(viewer, title.organisationId)) throw new NotFoundError('ServiceRecord');
  return { record, title };
}

builder.mutationField('recordServiceActivity', (t) =>
  t.prismaField({
    type: 'ServiceRecord',
    description:
      "Art. 12: a member of the platform records a service it delivered while its title is held. A public-welfare service is free; the year's report must not be submitted yet.",
    authScopes: { member: true },
    errors: errorsOf('RecordServiceActivity'),
    args: { input: t.arg({ type: RecordServiceActivityInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const title = await loadHeldTitle(tx, input.accreditationId.id);
        if (!title || !isHolder(ctx.viewer, title.organisationId)) throw new NotFoundError('Accreditation');
        const facts = {
          date: input.date,
          kind: input.kind,
          enterprisesServed: input.enterprisesServed,
          free: input.free,
        };
        check(facts, title);
        await assertYearEditable(tx, title.id, yearOf(input.date));
        const created = await tx.serviceRecord.create({
          data: {
            accreditationId: title.id,
            date: new Date(`${input.date}T00:00:00Z`),
            year: yearOf(input.date),
            kind: input.kind,
            title: input.title.trim(),
            description: input.description?.trim() || null,
            enterprisesServed: input.enterprisesServed,
            free: input.free,
            recordedById: ctx.viewer?.userId ?? '',
          },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'serviceRecord.record',
          entityType: 'ServiceRecord',
          entityId: created.id,
          data: { accreditationId: title.id, ...facts, title: created.title },
        });
        return tx.serviceRecord.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: created.id } });
      }),
  }),
);

builder.mutationField('updateServiceRecord', (t) =>
  t.prismaField({
    type: 'ServiceRecord',
    description:
      'Art. 12: a member of the platform corrects a service record, until the report of its year (and of the year it moves to) is submitted.',
    authScopes: { member: true },
    errors: errorsOf('UpdateServiceRecord'),
    args: { input: t.arg({ type: UpdateServiceRecordInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const { record, title } = await loadOwnRecord(tx, input.serviceRecordId.id, ctx.viewer);
        const next = {
          date: input.date ?? formatIsoDate(record.date),
          kind: input.kind ?? record.kind,
          enterprisesServed: input.enterprisesServed ?? record.enterprisesServed,
          free: input.free ?? record.free,
        };
        check(next, title);
        await assertYearEditable(tx, title.id, record.year);
        if (yearOf(next.date) !== record.year) await assertYearEditable(tx, title.id, yearOf(next.date));
        await tx.serviceRecord.update({
          where: { id: record.id },
          data: {
            date: new Date(`${next.date}T00:00:00Z`),
            year: yearOf(next.date),
            kind: next.kind,
            enterprisesServed: next.enterprisesServed,
            free: next.free,
            ...(input.title != null ? { title: input.title.trim() } : {}),
            ...(input.description !== undefined ? { description: input.description?.trim() || null } : {}),
            ...(input.removeEvidence
              ? {
                  evidenceFileName: null,
                  evidenceMimeType: null,
                  evidenceSizeBytes: null,
                  evidenceSha256: null,
                  evidenceStorageKey: null,
                  evidenceUploadedAt: null,
                }
              : {}),
          },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'serviceRecord.update',
          entityType: 'ServiceRecord',
          entityId: record.id,
          data: {
            before: {
              date: formatIsoDate(record.date),
              kind: record.kind,
              title: record.title,
              enterprisesServed: record.enterprisesServed,
              free: record.free,
            },
            after: { ...next, ...(input.title != null ? { title: input.title.trim() } : {}) },
            ...(input.removeEvidence ? { evidenceRemoved: record.evidenceSha256 } : {}),
          },
        });
        return tx.serviceRecord.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: record.id } });
      }),
  }),
);

builder.mutationField('deleteServiceRecord', (t) =>
  t.field({
    type: 'ID',
    description:
      "Art. 12: a member of the platform deletes a service record, until its year's report is submitted. Data: the deleted record's id.",
    authScopes: { member: true },
    errors: errorsOf('DeleteServiceRecord'),
    args: { input: t.arg({ type: DeleteServiceRecordInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const { record, title } = await loadOwnRecord(tx, input.serviceRecordId.id, ctx.viewer);
        await assertYearEditable(tx, title.id, record.year);
        await tx.serviceRecord.delete({ where: { id: record.id } });
        await recordAudit(tx, actorOf(ctx), {
          action: 'serviceRecord.delete',
          entityType: 'ServiceRecord',
          entityId: record.id,
          data: {
            accreditationId: title.id,
            date: formatIsoDate(record.date),
            kind: record.kind,
            title: record.title,
            enterprisesServed: record.enterprisesServed,
            free: record.free,
            evidenceSha256: record.evidenceSha256,
          },
        });
        return encodeGlobalID('ServiceRecord', record.id);
      }),
  }),
);
