import { describe, expect, it } from 'vitest';
import { hasConsoleAccess } from './access';

describe('hasConsoleAccess', () => {
  it('admits association staff of every kind', () => {
    for (const role of ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'] as const) expect(hasConsoleAccess([role])).toBe(true);
  });

  it('keeps member organisations and role-less accounts out', () => {
    expect(hasConsoleAccess(['MEMBER'])).toBe(false);
    expect(hasConsoleAccess([])).toBe(false);
    expect(hasConsoleAccess(['MEMBER', 'REVIEWER'])).toBe(true);
  });
});
