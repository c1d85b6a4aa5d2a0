import { describe, expect, it } from 'vitest';
import { titleStatusOn } from './title-status';
import { titleStateOf, titleWorkflow } from './title-workflow';

describe('title workflow (Arts. 11, 13)', () => {
  it('has no way out of an open revocation but completing it', () => {
    expect(titleWorkflow.allowed('REVOCATION_OPEN', ['ADMIN', 'SYSTEM'])).toEqual(['completeRevocation']);
    expect(titleWorkflow.decide('HELD', 'openRevocation', ['ADMIN']).ok).toBe(false);
    expect(titleWorkflow.decide('HELD', 'openRevocation', ['SYSTEM'])).toEqual({ ok: true, value: 'REVOCATION_OPEN' });
    expect(titleWorkflow.isTerminal('REVOKED')).toBe(true);
    expect(titleWorkflow.decide('REVOKED', 'revoke', ['ADMIN'])).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION' },
    });
  });
  it('reads the state from the revocation row', () => {
    expect(titleStateOf(null)).toBe('HELD');
    expect(titleStateOf({ status: 'OPEN' })).toBe('REVOCATION_OPEN');
    expect(titleStateOf({ status: 'COMPLETED' })).toBe('REVOKED');
  });
});

describe('titleStatusOn', () => {
  const title = { validFrom: '2024-03-01', validUntil: '2027-02-28', revokedOn: null };
  it('tells valid, expiring this year, expired and not yet valid apart by date', () => {
    expect(titleStatusOn(title, '2024-02-29')).toBe('NOT_YET_VALID');
    expect(titleStatusOn(title, '2026-12-31')).toBe('VALID');
    expect(titleStatusOn(title, '2027-01-01')).toBe('EXPIRING_THIS_YEAR');
    expect(titleStatusOn(title, '2027-02-28')).toBe('EXPIRING_THIS_YEAR');
    expect(titleStatusOn(title, '2027-03-01')).toBe('EXPIRED');
  });
  it('shows REVOKED from the effective date on', () => {
    const revoked = { ...title, revokedOn: '2025-06-01' };
    expect(titleStatusOn(revoked, '2025-05-31')).toBe('VALID');
    expect(titleStatusOn(revoked, '2025-06-01')).toBe('REVOKED');
    expect(titleStatusOn(revoked, '2030-01-01')).toBe('REVOKED');
  });
});
