import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { ObjectionRef } from './notice.object.js';

const ResolveObjectionInput = builder.inputType('ResolveObjectionInput', {
  fields: (t) => ({
    objectionId: t.globalID({ required: true, for: ObjectionRef }),
    upheld: t.boolean({
      required: true,
      description: 'True: the objection holds and the entry fails at the award (Art. 8). False: dismissed.',
    }),
    note: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(2, bilingual({ zhCN: '请写明处理意见', en: 'give the reasons for the decision' }))
        .max(5000),
    }),
  }),
});

builder.mutationField('resolveObjection', (t) =>
  t.prismaField({
    type: ObjectionRef,
    description:
      'Art. 8: an administrator upholds or dismisses a pending objection, with the reasons. The objector sees the outcome with the receipt number.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
      union: { name: 'ResolveObjectionResult' },
      result: { name: 'ResolveObjectionSuccess' },
    },
    args: { input: t.arg({ type: ResolveObjectionInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const objection = await tx.objection.findUnique({
          where: { id: input.objectionId.id },
          select: {
            id: true,
            status: true,
            receiptNumber: true,
            entry: { select: { notice: { select: { status: true } } } },
          },
        });
        if (!objection) throw new NotFoundError('Objection');
        if (objection.entry.notice.status !== 'PUBLISHED') {
          throw new RuleViolationError('Art. 8', 'NOTICE_CLOSED', {
            zhCN: '第八条：该公示已完成授予，异议不能再改变结果。',
            en: 'Art. 8: the notice has been awarded; its objections can no longer change the result.',
          });
        }
        const status = input.upheld ? 'UPHELD' : 'DISMISSED';
        const note = input.note.trim();
        // Only a pending objection is decided, once: the compare-and-set settles two
        // administrators deciding the same objection at once.
        const updated = await tx.objection.updateMany({
          where: { id: objection.id, status: 'PENDING' },
          data: { status, decisionNote: note, decidedAt: new Date(), decidedById: ctx.viewer?.userId ?? null },
        });
        if (updated.count !== 1) {
          throw new RuleViolationError('Art. 8', 'OBJECTION_ALREADY_RESOLVED', {
            zhCN: '第八条：该异议已处理，不能重复处理。',
            en: 'Art. 8: this objection has already been decided.',
          });
        }
        await recordAudit(tx, actorOf(ctx), {
          action: input.upheld ? 'objection.uphold' : 'objection.dismiss',
          entityType: 'Objection',
          entityId: objection.id,
          data: { receiptNumber: objection.receiptNumber, status, note },
        });
        return tx.objection.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: objection.id } });
      }),
  }),
);
