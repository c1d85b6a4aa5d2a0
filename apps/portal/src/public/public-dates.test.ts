import { describe, expect, it } from 'vitest';
import { longDate, normaliseCertificateNumber, objectionWindow } from './public-dates';

describe('longDate', () => {
  it('writes Chinese dates the Chinese way and English ones the English way', () => {
    expect(longDate('2026-11-05', 'zh-CN')).toBe('2026年11月5日');
    expect(longDate('2026-01-25', 'en')).toBe('25 January 2026');
  });
  it('leaves what is not a date alone', () => {
    expect(longDate(null, 'zh-CN')).toBe('');
    expect(longDate('soon', 'en')).toBe('soon');
  });
});

describe('objectionWindow', () => {
  const period = { startsOn: '2026-11-02', endsOn: '2026-11-06' };
  it('is open while the notice runs', () => {
    expect(objectionWindow({ ...period, running: true, over: false })).toEqual({ kind: 'open' });
  });
  it('names the period once it is over', () => {
    expect(objectionWindow({ ...period, running: false, over: true })).toEqual({ kind: 'closed', ...period });
  });
  it('names the first day before it starts', () => {
    expect(objectionWindow({ ...period, running: false, over: false })).toEqual({
      kind: 'notYet',
      startsOn: '2026-11-02',
    });
  });
});

describe('normaliseCertificateNumber', () => {
  it('accepts a number typed carelessly', () => {
    expect(normaliseCertificateNumber('  smepsp-2026-1-0003 ')).toBe('SMEPSP-2026-1-0003');
    expect(normaliseCertificateNumber('ＳＭＥＰＳＰ—2026')).toBe('SMEPSP-2026');
  });
  it('takes the number out of the link the certificate QR code holds', () => {
    expect(normaliseCertificateNumber('http://127.0.0.1:3000/public/verify?number=SMEPSP-2026-1-0003')).toBe(
      'SMEPSP-2026-1-0003',
    );
  });
});
