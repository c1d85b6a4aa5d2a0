import { formatDateZh } from '../shared/format';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { err, ok, type DomainFailure, type Message, type Result } from '../shared/message';
import type { Validity } from '../title/title-validity';

/**
 * The seed's two grounds for revoking a title, and only these (docs/measures.md, "Revocation"):
 * - VIOLATION_VERIFIED — Art. 11: 在有效期内如有违法违规等行为，一经查实，予以撤销. The
 *   verification and its evidence are required; the description says what was violated.
 * - FAILED_SPOT_CHECK — Art. 13: 抽查不合格的平台将撤销示范平台称号.
 * There is no free "other" ground: a particular violation is described under Art. 11.
 */
export const REVOCATION_REASONS = ['VIOLATION_VERIFIED', 'FAILED_SPOT_CHECK'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export const REVOCATION_REASON_ARTICLES: Record<RevocationReason, 'Art. 11' | 'Art. 13'> = {
  VIOLATION_VERIFIED: 'Art. 11',
  FAILED_SPOT_CHECK: 'Art. 13',
};

export const REVOCATION_REASON_NAMES: Record<RevocationReason, Message> = {
  VIOLATION_VERIFIED: {
    zhCN: '有效期内违法违规行为经查实（第十一条）',
    en: 'Verified violation of law or regulation during validity (Art. 11)',
  },
  FAILED_SPOT_CHECK: { zhCN: '抽查不合格（第十三条）', en: 'Failed spot check (Art. 13)' },
};

export function isRevocationReason(value: unknown): value is RevocationReason {
  return typeof value === 'string' && (REVOCATION_REASONS as readonly string[]).includes(value);
}

export type RevocationInput = {
  /** Checked at run time: anything but the two grounds is refused. */
  reason: string;
  /** Art. 11: what was violated. Art. 13: the spot check's findings. */
  description: string;
  /** Art. 11 (一经查实): how the violation was verified and the evidence for it. */
  evidence: string;
  /** The first day the title is no longer held. */
  effectiveOn: IsoDate;
  /** The title being revoked; when given, the effective date must fall within its validity. */
  accreditation?: Validity | null;
  /** For FAILED_SPOT_CHECK: the outcome of the spot check of this title the revocation rests on. */
  spotCheckOutcome?: 'PENDING' | 'PASSED' | 'FAILED' | null;
};

export type RevocationErrorCode =
  | 'UNKNOWN_REVOCATION_REASON'
  | 'VIOLATION_DESCRIPTION_REQUIRED'
  | 'VERIFICATION_EVIDENCE_REQUIRED'
  | 'SPOT_CHECK_NOT_FAILED'
  | 'SPOT_CHECK_FINDINGS_REQUIRED'
  | 'INVALID_EFFECTIVE_DATE'
  | 'OUTSIDE_VALIDITY';

export type RevocationError = DomainFailure<RevocationErrorCode>;

export type ValidRevocation = {
  reason: RevocationReason;
  article: 'Art. 11' | 'Art. 13';
  description: string;
  evidence: string;
  effectiveOn: IsoDate;
};

const blank = (text: unknown): boolean => typeof text !== 'string' || text.trim().length === 0;

function failure(code: RevocationErrorCode, article: string, zhCN: string, en: string): RevocationError {
  const zhArticle = article === 'Art. 13' ? '第十三条' : '第十一条';
  return { code, article, message: { zhCN: `${zhArticle}：${zhCN}`, en: `${article}: ${en}` } };
}

/**
 * Checks a revocation before an administrator records it, reporting every problem at once.
 * Art. 11 needs the verified violation described and its evidence; Art. 13 needs a failed spot
 * check of the title (and its findings as the description). The effective date must be a real
 * date within the title's validity (Art. 11: 在有效期内), since a revocation after expiry would
 * change nothing.
 */
export function validateRevocation(input: RevocationInput): Result<ValidRevocation, RevocationError[]> {
  if (!isRevocationReason(input.reason)) {
    return err([
      failure(
        'UNKNOWN_REVOCATION_REASON',
        'Art. 11',
        '撤销理由只能是“违法违规行为经查实”（第十一条）或“抽查不合格”（第十三条）。',
        'a title is revoked only for a verified violation of law or regulation (Art. 11) or a failed spot check (Art. 13).',
      ),
    ]);
  }
  const reason = input.reason;
  const article = REVOCATION_REASON_ARTICLES[reason];
  const errors: RevocationError[] = [];
  if (reason === 'VIOLATION_VERIFIED') {
    if (blank(input.description)) {
      errors.push(
        failure(
          'VIOLATION_DESCRIPTION_REQUIRED',
          article,
          '须说明经查实的违法违规行为。',
          'describe the violation of law or regulation that was verified.',
        ),
      );
    }
    if (blank(input.evidence)) {
      errors.push(
        failure(
          'VERIFICATION_EVIDENCE_REQUIRED',
          article,
          '违法违规行为须“一经查实”，须提供核查情况和证据。',
          'the violation must be verified: give how it was verified and the evidence.',
        ),
      );
    }
  } else {
    if (input.spotCheckOutcome !== 'FAILED') {
      errors.push(
        failure(
          'SPOT_CHECK_NOT_FAILED',
          article,
          '只有抽查不合格的示范平台才能以此理由撤销称号。',
          'only a title whose spot check failed can be revoked on this ground.',
        ),
      );
    }
    if (blank(input.description)) {
      errors.push(
        failure(
          'SPOT_CHECK_FINDINGS_REQUIRED',
          article,
          '须说明抽查不合格的情况。',
          'describe the findings of the failed spot check.',
        ),
      );
    }
  }
  const dateValid = typeof input.effectiveOn === 'string' && isIsoDate(input.effectiveOn);
  if (!dateValid) {
    errors.push(
      failure('INVALID_EFFECTIVE_DATE', article, '撤销生效日期无效。', 'the effective date is not a valid date.'),
    );
  } else if (input.accreditation) {
    const { validFrom, validUntil } = input.accreditation;
    if (compareIsoDates(input.effectiveOn, validFrom) < 0 || compareIsoDates(input.effectiveOn, validUntil) > 0) {
      errors.push(
        failure(
          'OUTSIDE_VALIDITY',
          article,
          `撤销生效日期须在称号有效期内（${formatDateZh(validFrom)}至${formatDateZh(validUntil)}）。`,
          `the effective date must fall within the title's validity (${validFrom} to ${validUntil}).`,
        ),
      );
    }
  }
  if (errors.length > 0) return err(errors);
  return ok({
    reason,
    article,
    description: input.description.trim(),
    evidence: (input.evidence ?? '').trim(),
    effectiveOn: input.effectiveOn,
  });
}
