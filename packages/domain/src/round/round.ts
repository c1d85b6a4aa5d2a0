import { compareIsoDates, isIsoDate, yearOf, type IsoDate } from '../shared/iso-date';
import { formatDateZh } from '../shared/format';
import { err, ok, type DomainFailure, type Result } from '../shared/message';

/** A round (申报批次) of Art. 10. Submissions are accepted from `opensOn` through `submissionDeadline`. */
export type Round = {
  year: number;
  sequence: number;
  opensOn: IsoDate;
  submissionDeadline: IsoDate;
  reviewEndsOn: IsoDate;
};

export const MAX_ROUNDS_PER_YEAR = 2;

export type RoundErrorCode =
  | 'INVALID_DATE'
  | 'DATES_OUT_OF_ORDER'
  | 'OPENS_OUTSIDE_YEAR'
  | 'INVALID_SEQUENCE'
  | 'DUPLICATE_SEQUENCE'
  | 'TOO_MANY_ROUNDS'
  | 'OVERLAPPING_ROUNDS';

export type RoundError = DomainFailure<RoundErrorCode> & { conflictsWith: Pick<Round, 'year' | 'sequence'> | null };

function roundError(code: RoundErrorCode, zhCN: string, en: string, conflictsWith: Round | null = null): RoundError {
  return {
    code,
    article: 'Art. 10',
    conflictsWith: conflictsWith ? { year: conflictsWith.year, sequence: conflictsWith.sequence } : null,
    message: { zhCN: `第十条：${zhCN}`, en: `Art. 10: ${en}` },
  };
}

const overlaps = (a: Round, b: Round): boolean =>
  compareIsoDates(a.opensOn, b.reviewEndsOn) <= 0 && compareIsoDates(b.opensOn, a.reviewEndsOn) <= 0;

/**
 * Validates a new round against the existing ones (pass the others, not the round itself, when
 * editing). Reports every problem at once so an administrator can fix the form in one go.
 *
 * - Art. 10 runs accreditation twice a year: at most two rounds per calendar year, sequence 1 or 2,
 *   each sequence used once.
 * - A round's year is the year it opens in, so "two per calendar year" cannot be dodged by
 *   labelling.
 * - Rounds do not overlap (open through end of review, inclusive), so an application always
 *   belongs to exactly one round in progress.
 */
export function validateRound(round: Round, existing: readonly Round[]): Result<Round, RoundError[]> {
  const errors: RoundError[] = [];
  const dates = [round.opensOn, round.submissionDeadline, round.reviewEndsOn];
  if (!dates.every((d) => typeof d === 'string' && isIsoDate(d))) {
    return err([
      roundError(
        'INVALID_DATE',
        '批次日期无效，应为实际存在的日期（年-月-日，如2026-03-01）。',
        'round dates must be valid YYYY-MM-DD dates.',
      ),
    ]);
  }
  if (
    compareIsoDates(round.opensOn, round.submissionDeadline) > 0 ||
    compareIsoDates(round.submissionDeadline, round.reviewEndsOn) > 0
  ) {
    errors.push(
      roundError(
        'DATES_OUT_OF_ORDER',
        '开始日期不得晚于申报截止日期，申报截止日期不得晚于评审结束日期。',
        'the opening date must not be after the submission deadline, nor the deadline after the end of review.',
      ),
    );
  }
  if (yearOf(round.opensOn) !== round.year) {
    errors.push(
      roundError(
        'OPENS_OUTSIDE_YEAR',
        `批次年度为${round.year}年，开始日期须在该年度内。`,
        `a ${round.year} round must open in ${round.year}.`,
      ),
    );
  }
  if (!Number.isInteger(round.sequence) || round.sequence < 1 || round.sequence > MAX_ROUNDS_PER_YEAR) {
    errors.push(roundError('INVALID_SEQUENCE', '批次序号须为 1 或 2。', 'the round sequence must be 1 or 2.'));
  }
  const sameYear = existing.filter((r) => r.year === round.year);
  const duplicate = sameYear.find((r) => r.sequence === round.sequence);
  if (duplicate) {
    errors.push(
      roundError(
        'DUPLICATE_SEQUENCE',
        `${round.year}年第${round.sequence}批次已存在。`,
        `round ${round.sequence} of ${round.year} already exists.`,
        duplicate,
      ),
    );
  }
  if (sameYear.length >= MAX_ROUNDS_PER_YEAR) {
    errors.push(
      roundError(
        'TOO_MANY_ROUNDS',
        `认定工作每年开展2次，${round.year}年已有${sameYear.length}个批次。`,
        `accreditation runs twice a year; ${round.year} already has ${sameYear.length} rounds.`,
      ),
    );
  }
  for (const other of existing) {
    if (overlaps(round, other)) {
      errors.push(
        roundError(
          'OVERLAPPING_ROUNDS',
          `与${other.year}年第${other.sequence}批次（${formatDateZh(other.opensOn)}至${formatDateZh(other.reviewEndsOn)}）时间重叠。`,
          `overlaps round ${other.sequence} of ${other.year} (${other.opensOn} to ${other.reviewEndsOn}).`,
          other,
        ),
      );
    }
  }
  return errors.length === 0 ? ok(round) : err(errors);
}

/** Open for submission from `opensOn` through `submissionDeadline`, both days included. */
export function isRoundOpenForSubmission(round: Round, today: IsoDate): boolean {
  return compareIsoDates(round.opensOn, today) <= 0 && compareIsoDates(today, round.submissionDeadline) <= 0;
}

export type RoundClosedError = DomainFailure<'ROUND_CLOSED'> & { opensOn: IsoDate; submissionDeadline: IsoDate };

/** The same test as `isRoundOpenForSubmission`, as a failure value for the submit mutation. */
export function checkRoundOpen(round: Round, today: IsoDate): Result<Round, RoundClosedError> {
  if (isRoundOpenForSubmission(round, today)) return ok(round);
  const notYet = compareIsoDates(today, round.opensOn) < 0;
  return err({
    code: 'ROUND_CLOSED',
    article: 'Art. 10',
    opensOn: round.opensOn,
    submissionDeadline: round.submissionDeadline,
    message: notYet
      ? {
          zhCN: `第十条：本批次申报自${formatDateZh(round.opensOn)}开始，尚未开放。`,
          en: `Art. 10: this round opens for submission on ${round.opensOn}.`,
        }
      : {
          zhCN: `第十条：本批次申报已于${formatDateZh(round.submissionDeadline)}截止。`,
          en: `Art. 10: submissions for this round closed on ${round.submissionDeadline}.`,
        },
  });
}

/** The round open for submission on `today`, if any (rounds never overlap, so at most one). */
export function roundOpenOn(rounds: readonly Round[], today: IsoDate): Round | null {
  return rounds.find((r) => isRoundOpenForSubmission(r, today)) ?? null;
}
