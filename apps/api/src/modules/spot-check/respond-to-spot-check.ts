import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { bilingual } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runAction } from '../../workflow/run-action.js';
import { spotCheckKind } from '../../workflow/spot-check-subject.js';

import { errorsOf } from './spot-check-errors.js';

const RespondToSpotCheckInput = builder.inputType('RespondToSpotCheckInput', {
  fields: (t) => ({
    spotCheckId: t.globalID({ required: true }),
    response: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写答复', en: 'a response is required' }))
        .max(20000),
    }),
    version: t.int({ required: false }),
  }),
});

builder.mutationField('respondToSpotCheck', (t) =>
  t.prismaField({
    type: 'SpotCheck',
    description:
      "Art. 13: the checked platform's members answer the evidence request (again, until the result is recorded).",
    authScopes: { member: true },
    errors: errorsOf('RespondToSpotCheck'),
    args: { input: t.arg({ type: RespondToSpotCheckInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        await runAction(
          ctx,
          spotCheckKind,
          {
            id: input.spotCheckId.id,
            action: 'respond',
            expectedVersion: input.version ?? null,
            apply: async (t2, c) => {
              await t2.spotCheck.update({
                where: { id: c.id },
                data: { responseText: input.response.trim(), respondedAt: new Date() },
              });
            },
          },
          tx,
        );
        return tx.spotCheck.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: input.spotCheckId.id } });
      }),
  }),
);
