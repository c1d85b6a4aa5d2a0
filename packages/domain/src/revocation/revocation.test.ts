import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validityOf } from '../title/title-validity';
import { REVOCATION_REASONS, validateRevocation, type RevocationInput } from './revocation';

const title = validityOf('2025-06-01'); // to 2028-05-31
const violation: RevocationInput = {
  reason: 'VIOLATION_VERIFIED',
  description: '虚报服务企业数量',
  evidence: '2026年10月实地核查记录及相关合同',
  effectiveOn: '2026-12-01',
  accreditation: title,
};
const spotCheck: RevocationInput = {
  reason: 'FAILED_SPOT_CHECK',
  description: '抽查发现年服务企业不足150家',
  evidence: '',
  effectiveOn: '2026-12-01',
  accreditation: title,
  spotCheckOutcome: 'FAILED',
};
const codes = (input: RevocationInput): string[] => {
  const result = validateRevocation(input);
  return result.ok ? [] : result.error.map((e) => e.code);
};

describe('validateRevocation (Art. 11, Art. 13)', () => {
  it("has exactly the seed's two grounds", () => {
    expect(REVOCATION_REASONS).toEqual(['VIOLATION_VERIFIED', 'FAILED_SPOT_CHECK']);
  });

  it('accepts a verified violation with its description and evidence, under Art. 11', () => {
    expect(validateRevocation(violation)).toEqual({
      ok: true,
      value: {
        reason: 'VIOLATION_VERIFIED',
        article: 'Art. 11',
        description: '虚报服务企业数量',
        evidence: '2026年10月实地核查记录及相关合同',
        effectiveOn: '2026-12-01',
      },
    });
  });

  it('requires the verification, its evidence and what was violated for Art. 11', () => {
    expect(codes({ ...violation, evidence: '  ' })).toEqual(['VERIFICATION_EVIDENCE_REQUIRED']);
    expect(codes({ ...violation, description: '' })).toEqual(['VIOLATION_DESCRIPTION_REQUIRED']);
    const result = validateRevocation({ ...violation, description: '', evidence: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) for (const e of result.error) expect(e.article).toBe('Art. 11');
  });

  it('accepts a failed spot check under Art. 13 and refuses a spot check that did not fail', () => {
    const result = validateRevocation(spotCheck);
    expect(result.ok && result.value.article).toBe('Art. 13');
    expect(codes({ ...spotCheck, spotCheckOutcome: 'PASSED' })).toEqual(['SPOT_CHECK_NOT_FAILED']);
    expect(codes({ ...spotCheck, spotCheckOutcome: undefined })).toEqual(['SPOT_CHECK_NOT_FAILED']);
    const refused = validateRevocation({ ...spotCheck, spotCheckOutcome: 'PENDING' });
    if (!refused.ok) expect(refused.error[0]?.article).toBe('Art. 13');
  });

  it('refuses any other ground, such as a free "OTHER"', () => {
    const result = validateRevocation({ ...violation, reason: 'OTHER' });
    expect(result).toMatchObject({ ok: false, error: [{ code: 'UNKNOWN_REVOCATION_REASON', article: 'Art. 11' }] });
  });

  it('keeps the effective date within the validity of the title', () => {
    expect(codes({ ...violation, effectiveOn: '2028-05-31' })).toEqual([]);
    expect(codes({ ...violation, effectiveOn: '2028-06-01' })).toEqual(['OUTSIDE_VALIDITY']);
    expect(codes({ ...violation, effectiveOn: '2025-05-31' })).toEqual(['OUTSIDE_VALIDITY']);
    expect(codes({ ...violation, effectiveOn: '2026-02-30' })).toEqual(['INVALID_EFFECTIVE_DATE']);
    const outside = validateRevocation({ ...violation, effectiveOn: '2029-01-01' });
    if (!outside.ok)
      expect(outside.error[0]?.message.zhCN).toBe(
        '第十一条：撤销生效日期须在称号有效期内（2025年6月1日至2028年5月31日）。',
      );
  });

  it('property: every failure names Art. 11 or Art. 13, and only complete input passes', () => {
    const text = fc.constantFrom('', ' ', '核查记录');
    fc.assert(
      fc.property(
        fc.constantFrom('VIOLATION_VERIFIED', 'FAILED_SPOT_CHECK', 'OTHER'),
        text,
        text,
        fc.constantFrom('PENDING', 'PASSED', 'FAILED', null),
        (reason, description, evidence, outcome) => {
          const result = validateRevocation({
            reason,
            description,
            evidence,
            effectiveOn: '2026-12-01',
            accreditation: title,
            spotCheckOutcome: outcome as never,
          });
          const complete =
            reason === 'VIOLATION_VERIFIED'
              ? description.trim() !== '' && evidence.trim() !== ''
              : reason === 'FAILED_SPOT_CHECK' && outcome === 'FAILED' && description.trim() !== '';
          expect(result.ok).toBe(complete);
          if (!result.ok) for (const e of result.error) expect(['Art. 11', 'Art. 13']).toContain(e.article);
        },
      ),
    );
  });
});
