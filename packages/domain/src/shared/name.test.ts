import { describe, expect, it } from 'vitest';
import { codePointLabel, nameKey, normaliseFileName, normaliseName } from './name';

describe('normaliseName', () => {
  it('stores NFKC: full-width and compatibility forms read as what they show', () => {
    expect(normaliseName('ＡＢＣ科技有限公司')).toEqual({ ok: true, name: 'ABC科技有限公司' });
    expect(normaliseName('  某某\u3000 公司 ')).toEqual({ ok: true, name: '某某 公司' });
  });

  it.each([
    ['a zero-width space', '某某公司\u200b', '\u200b'],
    ['a right-to-left override', 'abc\u202Egpj.exe', '\u202E'],
    ['a bidi isolate', '\u2066某某\u2069', '\u2066'],
    ['a zero-width joiner', '某\u200d某', '\u200d'],
    ['a byte-order mark', '\ufeff某某公司', '\ufeff'],
    ['a soft hyphen', '某某\u00ad公司', '\u00ad'],
  ])('refuses %s', (_what, raw, character) => {
    expect(normaliseName(raw)).toEqual({ ok: false, problem: 'FORMAT_CHARACTER', character });
  });

  it('refuses control characters, NUL among them', () => {
    expect(normaliseName('某某\u0000公司')).toMatchObject({ ok: false, problem: 'CONTROL_CHARACTER' });
  });

  it.each([
    ['empty', ''],
    ['spaces only', ' \u3000 '],
    ['a Hangul filler', '\u3164'],
    ['a combining mark alone', '\u0301'],
    ['a variation selector', '\ufe0f'],
  ])('needs a visible character: refuses %s', (_what, raw) => {
    expect(normaliseName(raw)).toEqual({ ok: false, problem: 'NO_VISIBLE_CHARACTER' });
  });

  it('keeps names in every script, emoji included', () => {
    for (const name of ['中小企业服务中心', 'Zoë Müller', 'محمد', '😀 Studio', '李 明'])
      expect(normaliseName(name)).toEqual({ ok: true, name: name.normalize('NFKC') });
  });
});

describe('nameKey', () => {
  it('compares names without invisible characters, case or compatibility forms', () => {
    expect(nameKey('某某公司\u200b')).toBe(nameKey('某某公司'));
    expect(nameKey('某某 公司')).toBe(nameKey('某某公司'));
    expect(nameKey('ＡＢＣ Ltd')).toBe(nameKey('abc ltd'));
    expect(nameKey('\u2066某某公司\u2069')).toBe(nameKey('某某公司'));
    expect(nameKey('某某公司')).not.toBe(nameKey('某某集团'));
  });
});

describe('normaliseFileName', () => {
  it('removes format and control characters, so what is shown is what the file is', () => {
    expect(normaliseFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(normaliseFileName('报告\u200b.pdf')).toBe('报告.pdf');
    expect(normaliseFileName('ｒｅｐｏｒｔ.pdf')).toBe('report.pdf');
  });

  it('is null when nothing visible is left', () => {
    expect(normaliseFileName('\u200b\u200e')).toBeNull();
    expect(normaliseFileName('   ')).toBeNull();
  });
});

it('labels a code point as U+XXXX', () => {
  expect(codePointLabel('\u200b')).toBe('U+200B');
});
