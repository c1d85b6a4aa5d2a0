import { describe, expect, it } from 'vitest';
import {
  awardPreview,
  backdatedProgress,
  isFutureDate,
  isWebAddress,
  noticeState,
  objectionSummary,
} from './notice-state';

describe('noticeState', () => {
  it('says closed once awarded, whatever the dates', () => {
    expect(noticeState({ status: 'CLOSED', running: false, over: true })).toBe('closed');
  });
  it('follows the period while published', () => {
    expect(noticeState({ status: 'PUBLISHED', running: true, over: false })).toBe('running');
    expect(noticeState({ status: 'PUBLISHED', running: false, over: true })).toBe('over');
    expect(noticeState({ status: 'PUBLISHED', running: false, over: false })).toBe('notYet');
  });
});

describe('awardPreview', () => {
  it('fails only the entries with an upheld objection', () => {
    const a = { organisationName: 'A', objections: [{ status: 'DISMISSED' }] };
    const b = { organisationName: 'B', objections: [{ status: 'DISMISSED' }, { status: 'UPHELD' }] };
    const c = { organisationName: 'C', objections: [] };
    expect(awardPreview([a, b, c])).toEqual({ accredited: [a, c], failed: [b] });
  });
});

describe('objectionSummary', () => {
  it('counts the pending ones apart', () => {
    expect(objectionSummary([{ status: 'PENDING' }, { status: 'UPHELD' }, { status: 'PENDING' }])).toEqual({
      total: 3,
      pending: 2,
    });
  });
});

describe('isFutureDate', () => {
  it('refuses only dates after today', () => {
    expect(isFutureDate('2026-11-27', '2026-11-26')).toBe(true);
    expect(isFutureDate('2026-11-26', '2026-11-26')).toBe(false);
    expect(isFutureDate('2025-12-31', '2026-11-26')).toBe(false);
  });
});

describe('backdatedProgress (Art. 8)', () => {
  const period = { publishedOn: '2026-11-30', startsOn: '2026-11-30', endsOn: '2026-12-04' };
  it('says whether the five working days ran before the notice is recorded', () => {
    expect(
      backdatedProgress(
        { ...period, publishedOn: '2026-12-07', startsOn: '2026-12-07', endsOn: '2026-12-11' },
        '2026-12-07',
      ),
    ).toBe('none');
    expect(backdatedProgress(period, '2026-12-02')).toBe('partly');
    expect(backdatedProgress(period, '2026-12-04')).toBe('partly');
    expect(backdatedProgress(period, '2026-12-05')).toBe('run');
  });
});

describe('isWebAddress', () => {
  it('takes full http(s) addresses only', () => {
    expect(isWebAddress('https://www.example.org/tzgg/1.html')).toBe(true);
    expect(isWebAddress('http://example.org')).toBe(true);
    for (const bad of ['www.example.org', 'ftp://example.org/x', 'javascript:alert(1)', 'https://exa mple.org', ''])
      expect(isWebAddress(bad)).toBe(false);
  });
});
