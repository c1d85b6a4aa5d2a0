import { describe, expect, it } from 'vitest';
import { documentTitleOf } from './page-title';

describe('documentTitleOf', () => {
  it('names the page before the application', () => {
    expect(documentTitleOf('申报材料', '示范平台申报系统')).toBe('申报材料 · 示范平台申报系统');
  });
  it('is the application alone when the page has no title', () => {
    expect(documentTitleOf(null, '示范平台申报系统')).toBe('示范平台申报系统');
    expect(documentTitleOf('  ', 'Console')).toBe('Console');
  });
});
