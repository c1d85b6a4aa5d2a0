import { describe, expect, it } from 'vitest';
import { articleLabel, withArticle } from './article-label';

describe('articles in the page language', () => {
  it('cites an article in Chinese on a Chinese page and as Art. N in English', () => {
    expect(articleLabel('Art. 8', 'zh-CN')).toBe('第八条');
    expect(articleLabel('Art. 5(1)', 'zh-CN')).toMatch(/^第五条第（一）/);
    expect(articleLabel('Art. 5(1)', 'en')).toBe('Art. 5(1)');
  });

  it('adds the article to a message once, in the language of the page', () => {
    expect(withArticle('异议须在公示期内提出。', 'Art. 8', 'zh-CN')).toBe('异议须在公示期内提出。（第八条）');
    expect(withArticle('第八条：异议须在公示期内提出。', 'Art. 8', 'zh-CN')).toBe('第八条：异议须在公示期内提出。');
    expect(withArticle('Objections are lodged within the period.', 'Art. 8', 'en')).toBe(
      'Objections are lodged within the period. (Art. 8)',
    );
    expect(withArticle('Art. 8: objections are lodged within the period.', 'Art. 8', 'en')).toBe(
      'Art. 8: objections are lodged within the period.',
    );
  });
});
