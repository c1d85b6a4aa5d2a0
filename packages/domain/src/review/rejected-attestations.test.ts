import { describe, expect, it } from 'vitest';
import {
  attestationRejectedFailure,
  countingReviews,
  rejectedAttestations,
  type AttestedConditionUnderReview,
  type ReviewOfAttestations,
} from './rejected-attestations';

const LEGAL_PERSON: AttestedConditionUnderReview = {
  code: 'ART5_1_INDEPENDENT_LEGAL_PERSON',
  article: 'Art. 5(1)',
  condition: { zhCN: '具有独立法人资格', en: 'an independent legal person' },
};
const FEES: AttestedConditionUnderReview = {
  code: 'ART5_4_REASONABLE_FEES',
  article: 'Art. 5(4)',
  condition: { zhCN: '有合理的收费标准', en: 'reasonable fees' },
};
const RESOURCES: AttestedConditionUnderReview = {
  code: 'ART6_2_ORGANISES_RESOURCES',
  article: 'Art. 6(2)',
  condition: { zhCN: '具有组织技术服务资源的能力', en: 'able to organise technical service resources' },
};
const CONDITIONS = [LEGAL_PERSON, FEES, RESOURCES];

const review = (
  reviewerName: string,
  submittedAt: string | null,
  rejected: string[],
  extra: Partial<ReviewOfAttestations> = {},
): ReviewOfAttestations => ({
  reviewerId: reviewerName,
  reviewerName,
  submittedAt,
  recused: false,
  verdicts: CONDITIONS.map((c) => ({ code: c.code, confirmed: !rejected.includes(c.code) })),
  ...extra,
});

describe('rejectedAttestations (Art. 5: 应同时具备)', () => {
  it('is empty when every counting review confirms every condition', () => {
    expect(
      rejectedAttestations(CONDITIONS, [
        review('孙立', '2026-12-01T02:00:00Z', []),
        review('周敏', '2026-12-02T02:00:00Z', []),
      ]),
    ).toEqual([]);
  });

  it('one rejection is enough, and names who rejected, in the order of the conditions', () => {
    const rejected = rejectedAttestations(CONDITIONS, [
      review('孙立', '2026-12-01T02:00:00Z', [FEES.code]),
      review('周敏', '2026-12-02T02:00:00Z', [FEES.code, LEGAL_PERSON.code]),
      review('吴刚', '2026-12-03T02:00:00Z', []),
    ]);
    expect(rejected.map((r) => r.code)).toEqual([LEGAL_PERSON.code, FEES.code]);
    expect(rejected[0]?.rejectedBy.map((p) => p.reviewerName)).toEqual(['周敏']);
    expect(rejected[1]?.rejectedBy.map((p) => p.reviewerName)).toEqual(['孙立', '周敏']);
  });

  it('does not count a review not yet submitted, nor one by a recused reviewer', () => {
    const rejected = rejectedAttestations(CONDITIONS, [
      review('孙立', null, [FEES.code]),
      review('周敏', '2026-12-02T02:00:00Z', [FEES.code], { recused: true }),
    ]);
    expect(rejected).toEqual([]);
  });

  it("counts a reviewer's latest submission only: a revision that confirms lifts their rejection", () => {
    const first = review('孙立', '2026-12-01T02:00:00Z', [FEES.code]);
    const revised = review('孙立', '2026-12-04T02:00:00Z', []);
    expect(rejectedAttestations(CONDITIONS, [revised, first])).toEqual([]);
    expect(rejectedAttestations(CONDITIONS, [first, revised])).toEqual([]);
    // and the other way round: a revision may reject what was confirmed
    expect(
      rejectedAttestations(CONDITIONS, [revised, review('孙立', '2026-12-05T02:00:00Z', [LEGAL_PERSON.code])]).map(
        (r) => r.code,
      ),
    ).toEqual([LEGAL_PERSON.code]);
  });

  it('ignores a verdict on a condition the application did not attest', () => {
    const stray = review('孙立', '2026-12-01T02:00:00Z', [], {
      verdicts: [{ code: 'ART6_3_STRONG_COACHING', confirmed: false }],
    });
    expect(rejectedAttestations(CONDITIONS, [stray])).toEqual([]);
  });

  it('does not change its inputs', () => {
    const reviews = [review('孙立', '2026-12-02T02:00:00Z', [FEES.code]), review('周敏', '2026-12-01T02:00:00Z', [])];
    const copy = JSON.parse(JSON.stringify(reviews)) as typeof reviews;
    const conditions = JSON.parse(JSON.stringify(CONDITIONS)) as typeof CONDITIONS;
    rejectedAttestations(conditions, reviews);
    countingReviews(reviews);
    expect(reviews).toEqual(copy);
    expect(conditions).toEqual(CONDITIONS);
  });
});

describe('attestationRejectedFailure', () => {
  it('is null when nothing stands rejected', () => {
    expect(attestationRejectedFailure('某中心', [])).toBeNull();
  });

  it('cites Art. 5 and names the application, each condition with its article, and the reviewers, in each language alone', () => {
    const rejected = rejectedAttestations(CONDITIONS, [
      review('孙立', '2026-12-01T02:00:00Z', [FEES.code, RESOURCES.code]),
      review('周敏', '2026-12-02T02:00:00Z', [FEES.code]),
    ]);
    const failure = attestationRejectedFailure('北京海淀科技企业服务中心', rejected);
    expect(failure).toMatchObject({ code: 'ATTESTATION_REJECTED', article: 'Art. 5' });
    const zh = failure?.message.zhCN ?? '';
    expect(zh).toContain('北京海淀科技企业服务中心');
    expect(zh).toMatch(/第五条第（四）项“有合理的收费标准”（孙立、周敏否决）/);
    expect(zh).toMatch(/第六条第（二）[项款]“具有组织技术服务资源的能力”（孙立否决）/);
    expect(zh).toContain('应同时具备');
    expect(zh).toContain('系统规则');
    expect(zh).not.toMatch(/[A-Za-z]/);
    const en = failure?.message.en ?? '';
    expect(en).toContain('Art. 5(4) “reasonable fees” (rejected by 孙立, 周敏)');
    expect(en).toContain('a rule of this system');
    expect(en).not.toMatch(/[应须否决]/);
  });

  it('cites Art. 6 when only a function’s condition is rejected', () => {
    const rejected = rejectedAttestations(CONDITIONS, [review('孙立', '2026-12-01T02:00:00Z', [RESOURCES.code])]);
    expect(attestationRejectedFailure('某中心', rejected)).toMatchObject({
      code: 'ATTESTATION_REJECTED',
      article: 'Art. 6',
    });
  });
});
