import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { revocationSettings } from '../../jobs/revocation-settings.js';
import { overdueOpenRevocations } from './overdue-revocations.js';

const OverdueOpenRevocationsRef = builder
  .objectRef<{ count: number; workingDays: number }>('OverdueOpenRevocations')
  .implement({
    description:
      'Open revocations older than the configured number of working days (a rule of this system; the measures set no deadline).',
    fields: (t) => ({
      count: t.exposeInt('count'),
      workingDays: t.exposeInt('workingDays', {
        description: 'The configured limit (OPEN_REVOCATION_REMINDER_WORKING_DAYS, default 10).',
      }),
    }),
  });

builder.queryField('overdueOpenRevocations', (t) =>
  t.field({
    type: OverdueOpenRevocationsRef,
    nullable: true,
    description:
      "The administrators' workbench: open revocations not completed within the configured number of working days. Null to other staff, whose workbench shares the query.",
    authScopes: { staff: true },
    resolve: async (_root, _args, ctx) => {
      if (!hasRole(ctx.viewer, 'ADMIN')) return null;
      const workingDays = revocationSettings().openReminderWorkingDays;
      const overdue = await overdueOpenRevocations(prisma(), todayInShanghai(), workingDays);
      return { count: overdue.length, workingDays };
    },
  }),
);
