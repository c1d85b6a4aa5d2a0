import { describe, expect, it } from 'vitest';
import { todayInShanghai } from './beijing-date';

describe('todayInShanghai', () => {
  it('is already the next day in Beijing when it is evening in UTC', () => {
    expect(todayInShanghai(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(todayInShanghai(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31');
  });

  it('is the calendar day in Beijing, not in UTC', () => {
    expect(todayInShanghai(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26');
    expect(todayInShanghai(new Date('2026-11-25T15:59:00Z'))).toBe('2026-11-25');
  });

  it('agrees with the Asia/Shanghai zone of the runtime on every hour of a year', () => {
    const zone = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 60_000) {
      expect(todayInShanghai(new Date(t))).toBe(zone.format(new Date(t)));
    }
  });
});
