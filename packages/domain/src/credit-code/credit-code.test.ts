import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_ALPHABET, CREDIT_CODE_WEIGHTS, checkCreditCode, creditCodeCheckCharacter } from './credit-code';

/**
 * Published codes of well-known companies, each verified against the algorithm (a random
 * string passes only 1 time in 31). Note: the brief labelled 9144030071526726XG as Huawei; it is
 * Tencent's Shenzhen company — Huawei Technologies is 914403001922038216.
 */
const REAL_CODES = [
  '914403001922038216', // 华为技术有限公司
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '91110000710926094P', // 中国石油化工股份有限公司
  '91110000802100433B', // from the brief; validates
];

describe('checkCreditCode (GB 32100-2015)', () => {
  it('uses weights 3^i mod 31', () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOZSV]/);
  });

  it.each(REAL_CODES)('accepts the real code %s', (code) => {
    expect(checkCreditCode(code)).toEqual({
      valid: true,
      normalized: code,
      reason: null,
      article: 'Art. 7(3)',
      message: null,
    });
  });

  it('rejects a code the brief offered that does not validate', () => {
    expect(checkCreditCode('91310000MA1FL8ET2X').reason).toBe('WRONG_CHECK_CHARACTER');
  });

  it('trims and upper-cases', () => {
    expect(checkCreditCode('  9144030071526726xg ').normalized).toBe('9144030071526726XG');
  });

  it('names the reason', () => {
    expect(checkCreditCode('91440300715267').reason).toBe('WRONG_LENGTH');
    expect(checkCreditCode('9144030071526726XGX').reason).toBe('WRONG_LENGTH');
    const illegal = checkCreditCode('9144030071526726ZG');
    expect(illegal.reason).toBe('ILLEGAL_CHARACTER');
    expect(illegal.message?.zhCN).toContain('第17位');
    expect(checkCreditCode('9144O30071526726XG').reason).toBe('ILLEGAL_CHARACTER');
    const wrong = checkCreditCode('9144030071526726XH');
    expect(wrong).toMatchObject({
      valid: false,
      normalized: null,
      reason: 'WRONG_CHECK_CHARACTER',
      article: 'Art. 7(3)',
    });
    expect(wrong.message?.en).toContain('check character');
  });

  it('catches every single-character change at every position of every real code', () => {
    for (const code of REAL_CODES) {
      for (let i = 0; i < 18; i++) {
        for (const c of CREDIT_CODE_ALPHABET) {
          if (c === code[i]) continue;
          const corrupted = code.slice(0, i) + c + code.slice(i + 1);
          expect(checkCreditCode(corrupted).valid, corrupted).toBe(false);
        }
      }
    }
  });

  it('property: a computed check character always validates, and any other never does', () => {
    const body = fc
      .array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 17, maxLength: 17 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(body, fc.constantFrom(...CREDIT_CODE_ALPHABET), (first17, other) => {
        const check = creditCodeCheckCharacter(first17);
        expect(checkCreditCode(first17 + check).valid).toBe(true);
        if (other !== check) expect(checkCreditCode(first17 + other).valid).toBe(false);
      }),
    );
  });
});
