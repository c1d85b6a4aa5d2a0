import { z } from 'zod';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { bilingual, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runAction } from '../../workflow/run-action.js';
import { spotCheckKind } from '../../workflow/spot-check-subject.js';

import { errorsOf } from './spot-check-errors.js';

const RequestSpotCheckEvidenceInput = builder.inputType('RequestSpotCheckEvidenceInput', {
  fields: (t) => ({
    spotCheckId: t.globalID({ required: true }),
    request: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请说明需要提交的材料', en: 'say what evidence is requested' }))
        .max(5000),
    }),
    dueOn: t.field({ type: 'Date', required: true }),
    version: t.int({ required: false }),
  }),
});

builder.mutationField('requestSpotCheckEvidence', (t) =>
  t.prismaField({
    type: 'SpotCheck',
    description:
      'Art. 13: asks the drawn platform for evidence by a due date; its members are notified and reminded before the date.',
    authScopes: { admin: true },
    errors: errorsOf('RequestSpotCheckEvidence'),
    args: { input: t.arg({ type: RequestSpotCheckEvidenceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const dueOn = input.dueOn;
      if (dueOn < todayInShanghai())
        throw new ValidationError([
          {
            path: ['input', 'dueOn'],
            message: bilingual({ zhCN: '截止日期不能早于今天', en: 'the due date cannot be in the past' }),
          },
        ]);
      return prisma().$transaction(async (tx) => {
        await runAction(
          ctx,
          spotCheckKind,
          {
            id: input.spotCheckId.id,
            action: 'requestEvidence',
            expectedVersion: input.version ?? null,
            note: input.request,
            apply: async (t2, c) => {
              await t2.spotCheck.update({
                where: { id: c.id },
                data: {
                  evidenceRequest: input.request.trim(),
                  evidenceRequestedAt: new Date(),
                  dueOn: new Date(`${dueOn}T00:00:00Z`),
                },
              });
            },
            auditData: { dueOn },
            notices: (c, next) =>
              spotCheckKind.notices?.('requestEvidence', { ...c, dueOn }, next, input.request.trim()) ?? [],
          },
          tx,
        );
        return tx.spotCheck.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: input.spotCheckId.id } });
      });
    },
  }),
);
