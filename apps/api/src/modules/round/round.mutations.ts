import { validateRound, type RoundError, type RoundErrorCode } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma, type Tx } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { isUniqueViolation } from '../../graphql/prisma-errors.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { RoundRef, toDomainRound } from './round.object.js';

// When several Art. 10 problems hold at once the code names the weightiest; the message lists all.
const PRIORITY: RoundErrorCode[] = [
  'TOO_MANY_ROUNDS',
  'INVALID_DATE',
  'DATES_OUT_OF_ORDER',
  'OPENS_OUTSIDE_YEAR',
  'INVALID_SEQUENCE',
  'DUPLICATE_SEQUENCE',
  'OVERLAPPING_ROUNDS',
];

function roundRefusal(errors: RoundError[]): RuleViolationError {
  const sorted = [...errors].sort((a, b) => PRIORITY.indexOf(a.code) - PRIORITY.indexOf(b.code));
  const first = sorted[0]!;
  return new RuleViolationError(first.article, first.code, {
    zhCN: sorted.map((e) => e.message.zhCN).join(''),
    en: sorted.map((e) => e.message.en).join(' '),
  });
}

const toDay = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

type RoundFields = {
  year: number;
  sequence: number;
  name: string;
  opensOn: string;
  submissionDeadline: string;
  reviewEndsOn: string;
};

async function checkAgainstOthers(tx: Tx, round: RoundFields, exceptId: string | null): Promise<void> {
  const others = await tx.round.findMany({ where: exceptId ? { id: { not: exceptId } } : {} });
  const result = validateRound(round, others.map(toDomainRound));
  if (!result.ok) throw roundRefusal(result.error);
}

const sameSequence = (round: RoundFields) =>
  new RuleViolationError('Art. 10', 'DUPLICATE_SEQUENCE', {
    zhCN: `第十条：${round.year}年第${round.sequence}批次已存在。`,
    en: `Art. 10: round ${round.sequence} of ${round.year} already exists.`,
  });

// The row's columns for a round's fields (its dates stored as calendar days).
const roundColumns = (round: RoundFields) => ({
  year: round.year,
  sequence: round.sequence,
  name: round.name,
  opensOn: toDay(round.opensOn),
  submissionDeadline: toDay(round.submissionDeadline),
  reviewEndsOn: toDay(round.reviewEndsOn),
});

// A write that loses the race to the (year, sequence) unique index, after checkAgainstOthers
// passed, still fails as the rule it breaks rather than as a database error.
const asSameSequence = (round: RoundFields) => (error: unknown) => {
  throw isUniqueViolation(error) ? sameSequence(round) : error;
};

const name = z
  .string()
  .trim()
  .min(1, bilingual({ zhCN: '请填写批次名称', en: 'the round needs a name' }))
  .max(200);

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

const errors = [ValidationError, RuleViolationError, NotFoundError];

builder.mutationFields((t) => ({
  createRound: t.prismaField({
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

  updateRound: t.prismaField({
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
}));
