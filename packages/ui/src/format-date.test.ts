import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date';

describe('formatDateTime', () => {
  it('shows Beijing time whatever the machine zone is', () => {
    // 16:30 UTC on 31 Dec is 00:30 on 1 Jan in Shanghai (UTC+8, no DST)
    expect(formatDateTime('2025-12-31T16:30:00.000Z')).toBe('2026-01-01 00:30');
    expect(formatDateTime('2026-07-01T00:00:00Z')).toBe('2026-07-01 08:00');
  });

  it('uses a 24-hour clock at midnight', () => {
    expect(formatDateTime('2026-03-01T16:00:00Z')).toBe('2026-03-02 00:00');
  });

  it('is empty for a missing value and leaves garbage visible', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('shows calendar dates unchanged', () => {
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
  });
});
