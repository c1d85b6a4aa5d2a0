import { formatArticleZh } from '../shared/article';
import type { DomainFailure, Message } from '../shared/message';

/**
 * Art. 5: the basic conditions 应同时具备 (must all hold), and Art. 9 awards only platforms
 * 评审合格. The qualitative conditions rest on the applicant's attestation, which each reviewer
 * confirms or rejects; a rejected one therefore stops the application from passing review.
 *
 * Which reviews count is a rule of this software (the measures do not say), and every message
 * that applies it states it (WHICH_REVIEWS_COUNT):
 * - a review counts once it is submitted, while its reviewer is assigned and not recused;
 * - a reviewer's latest submission replaces their earlier one (a revision, allowed until the
 *   decision);
 * - one rejection is enough: it stands until that reviewer revises their review. The
 *   administrator may instead fail the application, or ask the applicant for more information
 *   so that the reviewer can revise on the answer.
 */
export const WHICH_REVIEWS_COUNT: Message = {
  zhCN: '计入的评审意见（系统规则）：当前分配且未回避的专家已提交的评审意见均计入，同一专家以其最近一次提交的意见为准；任何一位专家的否决在其修改评审意见之前一直有效。',
  en: 'Which reviews count (a rule of this system): every submitted review by a reviewer currently assigned and not recused, each reviewer’s latest submission replacing their earlier one; a rejection by any reviewer stands until that reviewer revises their review.',
};

/** A condition the applicant attested to at submission, as reviewers see it. */
export type AttestedConditionUnderReview = {
  /** The eligibility check's code, e.g. `ART5_1_INDEPENDENT_LEGAL_PERSON`. */
  code: string;
  /** `Art. 5(1)`, `Art. 6(2)`, … */
  article: string;
  /** The condition in the measures' words, without article or verdict: 具有独立法人资格. */
  condition: Message;
};

/** One reviewer's review of one application, as far as the attestations go. */
export type ReviewOfAttestations = {
  reviewerId: string;
  reviewerName: string;
  /** When the review was (last) submitted, as an ISO instant; null while not submitted. */
  submittedAt: string | null;
  /** The reviewer declared a conflict of interest (or was otherwise taken off the application). */
  recused: boolean;
  verdicts: readonly { code: string; confirmed: boolean }[];
};

export type RejectedAttestation = AttestedConditionUnderReview & {
  /** Who rejected it, in the order the reviews were submitted. */
  rejectedBy: { reviewerId: string; reviewerName: string }[];
};

/** The reviews that count (WHICH_REVIEWS_COUNT): submitted, not recused, one per reviewer (the latest). */
export function countingReviews<R extends ReviewOfAttestations>(reviews: readonly R[]): R[] {
  const latest = new Map<string, R>();
  for (const review of reviews) {
    if (review.submittedAt === null || review.recused) continue;
    const earlier = latest.get(review.reviewerId);
    if (!earlier || Date.parse(review.submittedAt) >= Date.parse(earlier.submittedAt as string))
      latest.set(review.reviewerId, review);
  }
  return [...latest.values()].sort((a, b) => Date.parse(a.submittedAt as string) - Date.parse(b.submittedAt as string));
}

/**
 * The attested conditions that stand rejected in the reviews that count, in the order of the
 * conditions, each with the reviewers who rejected it. A verdict on a code the application did
 * not attest is ignored: there is no condition for it to reject.
 */
export function rejectedAttestations(
  conditions: readonly AttestedConditionUnderReview[],
  reviews: readonly ReviewOfAttestations[],
): RejectedAttestation[] {
  const counted = countingReviews(reviews);
  const out: RejectedAttestation[] = [];
  for (const condition of conditions) {
    const rejectedBy = counted
      .filter((r) => r.verdicts.some((v) => v.code === condition.code && !v.confirmed))
      .map((r) => ({ reviewerId: r.reviewerId, reviewerName: r.reviewerName }));
    if (rejectedBy.length > 0) out.push({ ...condition, condition: { ...condition.condition }, rejectedBy });
  }
  return out;
}

export type AttestationRejectedError = DomainFailure<'ATTESTATION_REJECTED'>;

const articleEn = (article: string): string => (article === 'software' ? 'a rule of this system' : article);

/**
 * The refusal of a pass while conditions stand rejected, or null when none does. It cites Art. 5
 * (应同时具备) when a basic condition is among them, Art. 6 when only a function's condition is
 * (that function then does not meet its requirement, and the award would list it).
 */
export function attestationRejectedFailure(
  organisationName: string,
  rejected: readonly RejectedAttestation[],
): AttestationRejectedError | null {
  if (rejected.length === 0) return null;
  const basic = rejected.some((r) => r.article.startsWith('Art. 5'));
  const article = basic ? 'Art. 5' : 'Art. 6';
  const zhList = rejected
    .map(
      (r) =>
        `${formatArticleZh(r.article)}“${r.condition.zhCN}”（${r.rejectedBy.map((p) => p.reviewerName).join('、')}否决）`,
    )
    .join('；');
  const enList = rejected
    .map(
      (r) =>
        `${articleEn(r.article)} “${r.condition.en}” (rejected by ${r.rejectedBy.map((p) => p.reviewerName).join(', ')})`,
    )
    .join('; ');
  const zhLead = basic ? '第五条：基本条件应同时具备' : '第六条：申报的服务功能须符合相应条件';
  const enLead = basic
    ? 'Art. 5: all the basic conditions must hold'
    : 'Art. 6: a declared function must meet its requirement';
  return {
    code: 'ATTESTATION_REJECTED',
    article,
    message: {
      zhCN: `${zhLead}。${organisationName}的申报中，以下声明事项被评审专家否决，不能评审通过：${zhList}。${WHICH_REVIEWS_COUNT.zhCN}`,
      en: `${enLead}. In the application of ${organisationName}, reviewers rejected these attested conditions, so it cannot pass review: ${enList}. ${WHICH_REVIEWS_COUNT.en}`,
    },
  };
}
