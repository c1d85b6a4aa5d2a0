import { describe, expect, it } from 'vitest';
import { hasPortalAccess } from './access';

describe('hasPortalAccess', () => {
  it('admits member organisations', () => {
    expect(hasPortalAccess(['MEMBER'])).toBe(true);
  });

  it('keeps association staff and role-less accounts out', () => {
    for (const role of ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'] as const)
      expect(hasPortalAccess([role])).toBe(false);
    expect(hasPortalAccess([])).toBe(false);
  });
});
