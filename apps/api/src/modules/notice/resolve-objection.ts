import { z } from 'zod';
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
import { objectionKind } from '../../workflow/objection-subject.js';
import { runAction } from '../../workflow/run-action.js';
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
        const objection = await objectionKind.load(tx, input.objectionId.id);
        if (!objection) throw new NotFoundError('Objection');
        if (objection.noticeStatus !== 'PUBLISHED') {
          throw new RuleViolationError('Art. 8', 'NOTICE_CLOSED', {
            zhCN: '第八条：该公示已完成授予，异议不能再改变结果。',
            en: 'Art. 8: the notice has been awarded; its objections can no longer change the result.',
          });
        }
        const note = input.note.trim();
        // The objection's table: only a pending objection is decided, once; the runner's
        // compare-and-set settles two administrators deciding it at once.
        await runAction(
          ctx,
          objectionKind,
          {
            id: objection.id,
            action: input.upheld ? 'uphold' : 'dismiss',
            note,
            data: { decisionNote: note, decidedAt: new Date(), decidedById: ctx.viewer?.userId ?? null },
            auditData: { receiptNumber: objection.receiptNumber, status: input.upheld ? 'UPHELD' : 'DISMISSED' },
          },
          tx,
        );
        return tx.objection.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: objection.id } });
      }),
  }),
);
