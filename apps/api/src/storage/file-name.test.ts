import { describe, expect, it } from 'vitest';
import { sanitiseFileName } from './file-name.js';

describe('sanitiseFileName', () => {
  it('removes bidi controls and zero-width characters, so the name shows what the file is', () => {
    expect(sanitiseFileName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.exe.pdf');
    expect(sanitiseFileName('报告\u200b.pdf', 'application/pdf')).toBe('报告.pdf');
  });

  it('stores NFKC: a full-width solidus is a directory separator like any other', () => {
    expect(sanitiseFileName('ｒｅｐｏｒｔ.pdf', 'application/pdf')).toBe('report.pdf');
    expect(sanitiseFileName('..／..／etc／passwd.pdf', 'application/pdf')).toBe('passwd.pdf');
  });

  it('names a file with nothing visible "file"', () => {
    expect(sanitiseFileName('\u200b\u2066', 'image/png')).toBe('file.png');
  });
});
