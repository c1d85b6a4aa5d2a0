import { describe, expect, it } from 'vitest';
import { chineseNumeral, formatArticleZh } from './article';

describe('formatArticleZh', () => {
  it("writes article references as the measures do: numbered items are 项, the software's own rules 系统规则", () => {
    expect(formatArticleZh('Art. 5(1)')).toBe('第五条第（一）项');
    expect(formatArticleZh('Art. 6(5)')).toBe('第六条第（五）项');
    expect(formatArticleZh('Art. 11')).toBe('第十一条');
    expect(formatArticleZh('Art. 13')).toBe('第十三条');
    expect(formatArticleZh('Art. 2')).toBe('第二条');
    expect(formatArticleZh('software')).toBe('系统规则');
    expect(formatArticleZh('GB 32100')).toBe('GB 32100');
    expect(formatArticleZh('Art. 5(3)')).not.toContain('款');
  });

  it('counts in Chinese numerals up to 99', () => {
    expect([1, 9, 10, 11, 14, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十四',
      '二十',
      '二十一',
      '九十九',
    ]);
  });
});
