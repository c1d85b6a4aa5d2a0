import { describe, expect, it } from 'vitest';
import { canEditCalendar, hasConsoleAccess } from './access';

describe('hasConsoleAccess', () => {
  it('admits association staff of every kind', () => {
    for (const role of ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'] as const)
      expect(hasConsoleAccess([role])).toBe(true);
  });

  it('keeps member organisations and role-less accounts out', () => {
    expect(hasConsoleAccess(['MEMBER'])).toBe(false);
    expect(hasConsoleAccess([])).toBe(false);
    expect(hasConsoleAccess(['MEMBER', 'REVIEWER'])).toBe(true);
  });
});

describe('canEditCalendar', () => {
  it('lets only administrators correct the working-day calendar', () => {
    expect(canEditCalendar(['ADMIN'])).toBe(true);
    expect(canEditCalendar(['REVIEWER', 'ADMIN'])).toBe(true);
    for (const role of ['UNIT_STAFF', 'REVIEWER', 'ANALYST', 'MEMBER'] as const)
      expect(canEditCalendar([role])).toBe(false);
  });
});
