// Unified social credit code (统一社会信用代码, GB 32100-2015): 17 characters + a check character.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Appends the check character to the first 17 characters of a code. */
export function withCreditCodeCheck(first17: string): string {
  if (first17.length !== 17) throw new Error(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`invalid character ${first17.charAt(i)} in ${first17}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return first17 + CHARSET.charAt((31 - (sum % 31)) % 31);
}
