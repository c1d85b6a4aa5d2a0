import { validateRound, type RoundError, type RoundErrorCode } from '@sme/domain';
import { z } from 'zod';
import { type Tx } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { isUniqueViolation } from '../../graphql/prisma-errors.js';
import { toDomainRound } from './round.object.js';

// When several Art. 10 problems hold at once the code names the weightiest; the message lists all.
export const PRIORITY: RoundErrorCode[] = [
  'TOO_MANY_ROUNDS',
  'INVALID_DATE',
  'DATES_OUT_OF_ORDER',
  'OPENS_OUTSIDE_YEAR',
  'INVALID_SEQUENCE',
  'DUPLICATE_SEQUENCE',
  'OVERLAPPING_ROUNDS',
];

export function roundRefusal(errors: RoundError[]): RuleViolationError {
  const sorted = [...errors].sort((a, b) => PRIORITY.indexOf(a.code) - PRIORITY.indexOf(b.code));
  const first = sorted[0]!;
  return new RuleViolationError(first.article, first.code, {
    zhCN: sorted.map((e) => e.message.zhCN).join(''),
    en: sorted.map((e) => e.message.en).join(' '),
  });
}

export const toDay = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

export type RoundFields = {
  year: number;
  sequence: number;
  name: string;
  opensOn: string;
  submissionDeadline: string;
  reviewEndsOn: string;
};

export async function checkAgainstOthers(tx: Tx, round: RoundFields, exceptId: string | null): Promise<void> {
  const others = await tx.round.findMany({ where: exceptId ? { id: { not: exceptId } } : {} });
  const result = validateRound(round, others.map(toDomainRound));
  if (!result.ok) throw roundRefusal(result.error);
}

export const sameSequence = (round: RoundFields) =>
  new RuleViolationError('Art. 10', 'DUPLICATE_SEQUENCE', {
    zhCN: `第十条：${round.year}年第${round.sequence}批次已存在。`,
    en: `Art. 10: round ${round.sequence} of ${round.year} already exists.`,
  });

// The row's columns for a round's fields (its dates stored as calendar days).
export const roundColumns = (round: RoundFields) => ({
  year: round.year,
  sequence: round.sequence,
  name: round.name,
  opensOn: toDay(round.opensOn),
  submissionDeadline: toDay(round.submissionDeadline),
  reviewEndsOn: toDay(round.reviewEndsOn),
});

// A write that loses the race to the (year, sequence) unique index, after checkAgainstOthers
// passed, still fails as the rule it breaks rather than as a database error.
export const asSameSequence = (round: RoundFields) => (error: unknown) => {
  throw isUniqueViolation(error) ? sameSequence(round) : error;
};

export const name = z
  .string()
  .trim()
  .min(1, bilingual({ zhCN: '请填写批次名称', en: 'the round needs a name' }))
  .max(200);

export const errors = [ValidationError, RuleViolationError, NotFoundError];
