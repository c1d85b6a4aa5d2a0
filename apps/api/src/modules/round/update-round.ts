import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { RoundRef, toDomainRound } from './round.object.js';

import { type RoundFields, checkAgainstOthers, roundColumns, asSameSequence, name, errors } from './round-input.js';

const UpdateRoundInput = builder.inputType('UpdateRoundInput', {
  fields: (t) => ({
    roundId: t.globalID({ required: true, for: RoundRef }),
    year: t.int({ validate: z.number().int().min(2000).max(2100).nullish() }),
    sequence: t.int(),
    name: t.string({ validate: name.nullish() }),
    opensOn: t.field({ type: 'Date' }),
    submissionDeadline: t.field({ type: 'Date' }),
    reviewEndsOn: t.field({ type: 'Date' }),
  }),
});

builder.mutationField('updateRound', (t) =>
  t.prismaField({
    type: 'Round',
    description: 'Art. 10: an administrator corrects a round; the same checks as createRound against the other rounds.',
    authScopes: { admin: true },
    errors: { types: errors, union: { name: 'UpdateRoundResult' }, result: { name: 'UpdateRoundSuccess' } },
    args: { input: t.arg({ type: UpdateRoundInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const existing = await tx.round.findUnique({ where: { id: input.roundId.id } });
        if (!existing) throw new NotFoundError('Round');
        const before = { ...toDomainRound(existing), name: existing.name };
        const round: RoundFields = {
          year: input.year ?? before.year,
          sequence: input.sequence ?? before.sequence,
          name: input.name?.trim() ?? before.name,
          opensOn: input.opensOn ?? before.opensOn,
          submissionDeadline: input.submissionDeadline ?? before.submissionDeadline,
          reviewEndsOn: input.reviewEndsOn ?? before.reviewEndsOn,
        };
        await checkAgainstOthers(tx, round, existing.id);
        await tx.round.update({ where: { id: existing.id }, data: roundColumns(round) }).catch(asSameSequence(round));
        await recordAudit(tx, actorOf(ctx), {
          action: 'round.update',
          entityType: 'Round',
          entityId: existing.id,
          data: { before, after: round },
        });
        return tx.round.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: existing.id } });
      }),
  }),
);
