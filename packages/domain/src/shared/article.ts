const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, up to 99. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * How an article reference reads in Chinese messages: `Art. 5(1)` → 第五条第（一）项 (the measures'
 * numbered items are 项, not 款), `Art. 11` → 第十一条, `software` (a rule of the software itself,
 * not of the measures) → 系统规则. Anything else is returned unchanged.
 */
export function formatArticleZh(article: string): string {
  if (article === 'software') return '系统规则';
  const match = /^Art\. (\d{1,2})(?:\((\d{1,2})\))?$/.exec(article);
  if (!match) return article;
  const head = `第${chineseNumeral(Number(match[1]))}条`;
  return match[2] ? `${head}第（${chineseNumeral(Number(match[2]))}）项` : head;
}
