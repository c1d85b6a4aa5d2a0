import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../graphql/error-classes.js';

const MarkNotificationsReadInput = builder.inputType('MarkNotificationsReadInput', {
  fields: (t) => ({
    ids: t.globalIDList({
      required: false,
      description: "The notices to mark; absent → all of the caller's unread notices.",
    }),
  }),
});

builder.mutationField('markNotificationsRead', (t) =>
  t.int({
    description: "Marks notices read; returns how many were unread and are now read. Only the caller's own.",
    errors: {
      types: [ValidationError],
      union: { name: 'MarkNotificationsReadResult' },
      result: { name: 'MarkNotificationsReadSuccess' },
    },
    args: { input: t.arg({ type: MarkNotificationsReadInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ids = input.ids?.map((g) => g.id);
      return prisma().$transaction(async (tx) => {
        const result = await tx.notification.updateMany({
          where: { userId: ctx.viewer?.userId ?? '-', readAt: null, ...(ids ? { id: { in: ids } } : {}) },
          data: { readAt: new Date() },
        });
        // Like every mutation; a call that finds nothing unread is recorded too (count 0).
        await recordAudit(tx, actorOf(ctx), {
          action: 'notification.markRead',
          entityType: 'User',
          entityId: ctx.viewer?.userId ?? null,
          data: { count: result.count, ...(ids ? { ids } : {}) },
        });
        return result.count;
      });
    },
  }),
);
