import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';

import { type RoundFields, checkAgainstOthers, roundColumns, asSameSequence, name, errors } from './round-input.js';

const CreateRoundInput = builder.inputType('CreateRoundInput', {
  fields: (t) => ({
    year: t.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
    sequence: t.int({ required: true, description: '1 or 2 (Art. 10: twice a year).' }),
    name: t.string({ required: true, validate: name }),
    opensOn: t.field({ type: 'Date', required: true }),
    submissionDeadline: t.field({ type: 'Date', required: true }),
    reviewEndsOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('createRound', (t) =>
  t.prismaField({
    type: 'Round',
    description:
      'Art. 10: an administrator opens a round. At most two a calendar year (TOO_MANY_ROUNDS), dates in order, no overlap.',
    authScopes: { admin: true },
    errors: { types: errors, union: { name: 'CreateRoundResult' }, result: { name: 'CreateRoundSuccess' } },
    args: { input: t.arg({ type: CreateRoundInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const round: RoundFields = { ...input, name: input.name.trim() };
        await checkAgainstOthers(tx, round, null);
        const created = await tx.round.create({ data: roundColumns(round) }).catch(asSameSequence(round));
        await recordAudit(tx, actorOf(ctx), {
          action: 'round.create',
          entityType: 'Round',
          entityId: created.id,
          data: { ...round },
        });
        return tx.round.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: created.id } });
      }),
  }),
);
