import { describe, expect, it } from 'vitest';
import { hasFilters, readListUrlState, writeListUrlState } from './url-state';

const FILTERS = ['status', 'round'] as const;

describe('list state in the URL', () => {
  it('reads filters, page and size, ignoring blanks and malformed numbers', () => {
    const state = readListUrlState(new URLSearchParams('status=DRAFT&round=&page=3&pageSize=50&other=x'), FILTERS);
    expect(state).toEqual({ filters: { status: 'DRAFT' }, page: 3, pageSize: 50 });
    expect(readListUrlState(new URLSearchParams('page=-2&pageSize=7'), FILTERS)).toEqual({
      filters: {},
      page: 1,
      pageSize: 20,
    });
    expect(readListUrlState(new URLSearchParams('page=abc'), FILTERS).page).toBe(1);
  });

  it('writes only what differs from the defaults and keeps unrelated parameters', () => {
    const next = writeListUrlState(new URLSearchParams('tab=history&page=4'), FILTERS, {
      filters: { round: 'R1' },
      page: 1,
      pageSize: 20,
    });
    expect(next.toString()).toBe('tab=history&round=R1');
    const paged = writeListUrlState(new URLSearchParams(), FILTERS, { filters: {}, page: 2, pageSize: 50 });
    expect(paged.toString()).toBe('page=2&pageSize=50');
  });

  it('round-trips', () => {
    const state = { filters: { status: 'SUBMITTED', round: 'Um91bmQ6MQ==' }, page: 5, pageSize: 10 };
    expect(readListUrlState(writeListUrlState(new URLSearchParams(), FILTERS, state), FILTERS)).toEqual(state);
  });

  it('knows whether any filter is set', () => {
    expect(hasFilters({ filters: {} })).toBe(false);
    expect(hasFilters({ filters: { status: 'DRAFT' } })).toBe(true);
  });
});
