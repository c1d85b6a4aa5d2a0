import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { prisma } from '../../db.js';
import { bilingual, ValidationError } from '../../graphql/error-classes.js';
import { WorkingDayOverrideRef } from './calendar.object.js';

// The statutory calendar and its reads cover 2000–2100; an override outside them would never
// be read (and 0001-01-01 was once stored).
const calendarDate = z
  .string()
  .refine(
    (d) => Number(d.slice(0, 4)) >= 2000 && Number(d.slice(0, 4)) <= 2100,
    bilingual({ zhCN: '日期应在2000年至2100年之间', en: 'the calendar covers 2000 to 2100' }),
  );
const note = z
  .string()
  .trim()
  .min(
    1,
    bilingual({
      zhCN: '请说明依据，如国务院办公厅通知',
      en: 'give the source of the change, e.g. the State Council notice',
    }),
  )
  .max(200);

builder.mutationField('setWorkingDay', (t) =>
  t.prismaField({
    type: WorkingDayOverrideRef,
    description:
      "Art. 8: marks a date as a working day or not, overriding the built-in statutory calendar (e.g. next year's schedule).",
    authScopes: { admin: true },
    errors: {
      types: [ValidationError],
      union: { name: 'SetWorkingDayResult' },
      result: { name: 'SetWorkingDaySuccess' },
    },
    args: {
      date: t.arg({ type: 'Date', required: true, validate: calendarDate }),
      isWorkingDay: t.arg.boolean({ required: true }),
      note: t.arg.string({ required: true, validate: note }),
    },
    resolve: (query, _root, args, ctx) =>
      prisma().$transaction(async (tx) => {
        const date = new Date(`${args.date}T00:00:00Z`);
        const before = await tx.workingDayOverride.findUnique({ where: { date } });
        const saved = await tx.workingDayOverride.upsert({
          ...nonEmptyQuery(query, 'date'),
          where: { date },
          create: { date, isWorkingDay: args.isWorkingDay, note: args.note, updatedById: ctx.viewer?.userId ?? null },
          update: { isWorkingDay: args.isWorkingDay, note: args.note, updatedById: ctx.viewer?.userId ?? null },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'calendar.setWorkingDay',
          entityType: 'WorkingDayOverride',
          entityId: args.date,
          data: {
            before: before && { isWorkingDay: before.isWorkingDay, note: before.note },
            after: { isWorkingDay: args.isWorkingDay, note: args.note },
          },
        });
        return saved;
      }),
  }),
);
