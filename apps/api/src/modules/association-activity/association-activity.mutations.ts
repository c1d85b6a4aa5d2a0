import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { formatIsoDate } from '../common/scalars.js';

const CreateAssociationActivityInput = builder.inputType('CreateAssociationActivityInput', {
  fields: (t) => ({
    title: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写活动名称', en: 'the activity needs a title' }))
        .max(200),
    }),
    heldOn: t.field({ type: 'Date', required: true }),
    place: t.string({ required: false, validate: z.string().trim().max(200) }),
    description: t.string({ required: false, validate: z.string().max(5000) }),
  }),
});

const RecordActivityAttendanceInput = builder.inputType('RecordActivityAttendanceInput', {
  fields: (t) => ({
    activityId: t.globalID({ required: true }),
    accreditationIds: t.globalIDList({
      required: true,
      description: 'Every title whose platform attended; replaces the list recorded before (an empty list clears it).',
      validate: z.array(z.unknown()).max(5000),
    }),
  }),
});

const errorsOf = (name: string) => ({
  types: [ValidationError, RuleViolationError, NotFoundError],
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
});

builder.mutationField('createAssociationActivity', (t) =>
  t.prismaField({
    type: 'AssociationActivity',
    description: 'Art. 12: an administrator records an activity of the association (title, date, place).',
    authScopes: { admin: true },
    errors: errorsOf('CreateAssociationActivity'),
    args: { input: t.arg({ type: CreateAssociationActivityInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const created = await tx.associationActivity.create({
          data: {
            title: input.title.trim(),
            heldOn: new Date(`${input.heldOn}T00:00:00Z`),
            place: input.place?.trim() || null,
            description: input.description?.trim() || null,
            createdById: ctx.viewer?.userId ?? '',
          },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'associationActivity.create',
          entityType: 'AssociationActivity',
          entityId: created.id,
          data: { title: created.title, heldOn: input.heldOn, place: created.place },
        });
        return tx.associationActivity.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: created.id } });
      }),
  }),
);

builder.mutationField('recordActivityAttendance', (t) =>
  t.prismaField({
    type: 'AssociationActivity',
    description:
      "Art. 12: an administrator records which platforms attended an activity (the list replaces the one before). Only titles held on the activity's day attend.",
    authScopes: { admin: true },
    errors: errorsOf('RecordActivityAttendance'),
    args: { input: t.arg({ type: RecordActivityAttendanceInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const activity = await tx.associationActivity.findUnique({ where: { id: input.activityId.id } });
        if (!activity) throw new NotFoundError('AssociationActivity');
        const heldOn = formatIsoDate(activity.heldOn);
        const ids = [...new Set(input.accreditationIds.map((g) => g.id))];
        const titles = await tx.accreditation.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            certificateNumber: true,
            validFrom: true,
            validUntil: true,
            organisation: { select: { name: true } },
            revocation: { select: { status: true, effectiveOn: true } },
          },
        });
        if (titles.length !== ids.length) throw new NotFoundError('Accreditation');
        for (const title of titles) {
          const revokedOn =
            title.revocation?.status === 'COMPLETED' && title.revocation.effectiveOn
              ? formatIsoDate(title.revocation.effectiveOn)
              : null;
          const held =
            formatIsoDate(title.validFrom) <= heldOn &&
            heldOn <= formatIsoDate(title.validUntil) &&
            !(revokedOn && revokedOn <= heldOn);
          if (!held)
            throw new RuleViolationError('Art. 12', 'TITLE_NOT_HELD', {
              zhCN: `第十二条：${title.organisation.name}（证书编号${title.certificateNumber}）在活动当天不是有效的示范平台，不能记录其参加。`,
              en: `Art. 12: ${title.organisation.name} (certificate ${title.certificateNumber}) did not hold its title on the day of the activity, so its attendance is not recorded.`,
            });
        }
        const before = await tx.activityAttendance.findMany({
          where: { activityId: activity.id },
          select: { accreditationId: true },
        });
        await tx.activityAttendance.deleteMany({ where: { activityId: activity.id, accreditationId: { notIn: ids } } });
        const had = new Set(before.map((b) => b.accreditationId));
        const added = ids.filter((id) => !had.has(id));
        if (added.length > 0)
          await tx.activityAttendance.createMany({
            data: added.map((accreditationId) => ({ activityId: activity.id, accreditationId })),
          });
        await recordAudit(tx, actorOf(ctx), {
          action: 'associationActivity.recordAttendance',
          entityType: 'AssociationActivity',
          entityId: activity.id,
          data: {
            accreditationIds: ids,
            added,
            removed: [...had].filter((id) => !ids.includes(id)),
          },
        });
        return tx.associationActivity.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: activity.id } });
      }),
  }),
);
