import type { Message } from '../shared/message';

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, Z, S, V, which read like 1, 0, 2, 5, U). The 18th
 * character is a check over the first 17: with value(c) its index in the alphabet and weights
 * wᵢ = 3^i mod 31 (i = 0…16), check = 31 − (Σ value × w mod 31), where 31 becomes 0.
 *
 * The applicant's code appears on the legal-person certificate or business licence that Art. 7(3)
 * requires, so a bad code is reported against that paragraph.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeReason = 'WRONG_LENGTH' | 'ILLEGAL_CHARACTER' | 'WRONG_CHECK_CHARACTER';

export type CreditCodeCheck = {
  valid: boolean;
  /** The trimmed, upper-cased code when valid; null otherwise. */
  normalized: string | null;
  reason: CreditCodeReason | null;
  article: 'Art. 7(3)';
  message: Message | null;
};

/** The check character for 17 valid leading characters. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++)
    sum += CREDIT_CODE_ALPHABET.indexOf(first17[i] as string) * (CREDIT_CODE_WEIGHTS[i] as number);
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31] as string;
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  const fail = (reason: CreditCodeReason, message: Message): CreditCodeCheck => ({
    valid: false,
    normalized: null,
    reason,
    article: 'Art. 7(3)',
    message,
  });
  if (code.length !== 18) {
    return fail('WRONG_LENGTH', {
      zhCN: `统一社会信用代码应为18位，输入为${code.length}位。`,
      en: `A unified social credit code has 18 characters; got ${code.length}.`,
    });
  }
  for (let i = 0; i < 18; i++) {
    const c = code[i] as string;
    if (!CREDIT_CODE_ALPHABET.includes(c)) {
      return fail('ILLEGAL_CHARACTER', {
        zhCN: `统一社会信用代码第${i + 1}位“${c}”不是有效字符（不使用 I、O、Z、S、V）。`,
        en: `Character ${i + 1} "${c}" is not allowed in a unified social credit code (I, O, Z, S and V are never used).`,
      });
    }
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return fail('WRONG_CHECK_CHARACTER', {
      zhCN: '统一社会信用代码校验位不正确，请核对营业执照或法人证书。',
      en: 'The check character of the unified social credit code is wrong; please compare it with the business licence or legal-person certificate.',
    });
  }
  return { valid: true, normalized: code, reason: null, article: 'Art. 7(3)', message: null };
}
