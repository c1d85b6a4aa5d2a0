import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { formatIsoDate } from '../common/scalars.js';

builder.mutationField('clearWorkingDayOverride', (t) =>
  t.boolean({
    description:
      'Removes the override of a date, so the built-in statutory calendar applies again. False when there was none.',
    authScopes: { admin: true },
    args: { date: t.arg({ type: 'Date', required: true }) },
    resolve: (_root, args, ctx) =>
      prisma().$transaction(async (tx) => {
        const date = new Date(`${args.date}T00:00:00Z`);
        const existing = await tx.workingDayOverride.findUnique({ where: { date } });
        if (!existing) return false;
        await tx.workingDayOverride.delete({ where: { date } });
        await recordAudit(tx, actorOf(ctx), {
          action: 'calendar.clearWorkingDayOverride',
          entityType: 'WorkingDayOverride',
          entityId: formatIsoDate(existing.date),
          data: { before: { isWorkingDay: existing.isWorkingDay, note: existing.note } },
        });
        return true;
      }),
  }),
);
