import { describe, expect, it } from 'vitest';
import { tokenState } from './token-state';

const now = new Date('2026-11-26T04:00:00Z');

describe('tokenState', () => {
  it('is active until it expires', () => {
    expect(tokenState({ revokedAt: null, expiresAt: '2026-11-26T04:00:01Z' }, now)).toBe('active');
    expect(tokenState({ revokedAt: null, expiresAt: '2026-11-26T04:00:00Z' }, now)).toBe('expired');
  });
  it('says revoked even when it has also expired', () => {
    expect(tokenState({ revokedAt: '2026-11-01T00:00:00Z', expiresAt: '2026-11-02T00:00:00Z' }, now)).toBe('revoked');
  });
});
