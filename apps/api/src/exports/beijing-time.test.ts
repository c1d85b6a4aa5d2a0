import { describe, expect, it } from 'vitest';
import { beijingDateTimeText, beijingWallClock } from './beijing-time.js';

describe('Beijing time in exports', () => {
  it('states an instant at Beijing time, the next day when UTC is still the day before', () => {
    const instant = new Date('2026-12-07T21:36:05.000Z');
    expect(beijingDateTimeText(instant)).toBe('2026-12-08 05:36:05');
    expect(beijingWallClock(instant).toISOString()).toBe('2026-12-08T05:36:05.000Z');
  });
  it('keeps the day when the instant is in Beijing working hours', () => {
    expect(beijingDateTimeText(new Date('2026-03-01T01:30:00.000Z'))).toBe('2026-03-01 09:30:00');
  });
});
