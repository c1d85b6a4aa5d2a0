import { describe, expect, it } from 'vitest';
import { awardPreview, isFutureDate, noticeState, objectionSummary } from './notice-state';

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
    expect(objectionSummary([{ status: 'PENDING' }, { status: 'UPHELD' }, { status: 'PENDING' }])).toEqual({ total: 3, pending: 2 });
  });
});

describe('isFutureDate', () => {
  it('refuses only dates after today', () => {
    expect(isFutureDate('2026-11-27', '2026-11-26')).toBe(true);
    expect(isFutureDate('2026-11-26', '2026-11-26')).toBe(false);
    expect(isFutureDate('2025-12-31', '2026-11-26')).toBe(false);
  });
});
