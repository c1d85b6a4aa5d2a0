import { isRoundOpenForSubmission } from '@sme/domain';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { RoundRef, toDomainRound } from './round.object.js';

builder.queryFields((t) => ({
  rounds: t.prismaField({
    type: ['Round'],
    description: 'All rounds (or those of one year), newest first.',
    authScopes: { signedIn: true },
    args: { year: t.arg.int() },
    resolve: (query, _root, args) =>
      prisma().round.findMany({
        ...query,
        where: args.year == null ? {} : { year: args.year },
        orderBy: [{ year: 'desc' }, { sequence: 'desc' }],
      }),
  }),
  round: t.prismaField({
    type: 'Round',
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.globalID({ required: true, for: RoundRef }) },
    resolve: (query, _root, args) => prisma().round.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  openRounds: t.prismaField({
    type: ['Round'],
    description: 'Rounds open for submission today (Art. 10).',
    authScopes: { signedIn: true },
    resolve: async (query) => {
      const today = todayInShanghai();
      // Only rounds whose window can contain today; the domain rule decides exactly.
      // Round is in select mode: add the columns the rule below reads to what the query selects.
      const candidates = await prisma().round.findMany({
        select: {
          ...query.select,
          year: true,
          sequence: true,
          opensOn: true,
          submissionDeadline: true,
          reviewEndsOn: true,
        },
        where: {
          opensOn: { lte: new Date(`${today}T00:00:00Z`) },
          submissionDeadline: { gte: new Date(`${today}T00:00:00Z`) },
        },
        orderBy: [{ year: 'asc' }, { sequence: 'asc' }],
      });
      return candidates.filter((r) => isRoundOpenForSubmission(toDomainRound(r), today));
    },
  }),
}));
