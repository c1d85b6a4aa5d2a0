import { describe, expect, it } from 'vitest';
import { mayApply, membershipStateOf } from './membership-state';

const unit = { name: '杂志社', nameEn: 'Magazine' };

describe('membershipStateOf', () => {
  it('is none before any request, and the organisation may apply', () => {
    const state = membershipStateOf({ membership: null, memberships: [], membershipRequest: null });
    expect(state).toEqual({ kind: 'none' });
    expect(mayApply(state)).toBe(true);
  });

  it('is pending while the Membership Department decides, and no second request may be sent', () => {
    const state = membershipStateOf({
      membership: null,
      memberships: [],
      membershipRequest: { status: 'PENDING', requestedAt: '2026-11-20T02:00:00Z' },
    });
    expect(state.kind).toBe('pending');
    expect(mayApply(state)).toBe(false);
  });

  it('is approved with the unit that developed the member', () => {
    const state = membershipStateOf({
      membership: { status: 'ACTIVE', since: '2026-11-21', unit },
      memberships: [{ status: 'ACTIVE', since: '2026-11-21' }],
      membershipRequest: { status: 'APPROVED', requestedAt: '2026-11-20T02:00:00Z' },
    });
    expect(state).toEqual({ kind: 'approved', since: '2026-11-21', unitName: '杂志社', unitNameEn: 'Magazine' });
    expect(mayApply(state)).toBe(false);
  });

  it('is refused with the reason given', () => {
    const state = membershipStateOf({
      membership: null,
      memberships: [],
      membershipRequest: { status: 'REFUSED', requestedAt: '2026-11-20T02:00:00Z', decisionNote: '材料不全' },
    });
    expect(state).toEqual({ kind: 'refused', reason: '材料不全' });
    expect(mayApply(state)).toBe(true);
  });

  it('is ended after the membership ended, unless a later request was refused', () => {
    const memberships = [{ status: 'ENDED', since: '2024-01-01', endedOn: '2026-06-30' }];
    const ended = membershipStateOf({
      membership: null,
      memberships,
      membershipRequest: { status: 'APPROVED', requestedAt: '2023-12-20T02:00:00Z' },
    });
    expect(ended).toEqual({ kind: 'ended', endedOn: '2026-06-30' });
    const refusedAgain = membershipStateOf({
      membership: null,
      memberships,
      membershipRequest: { status: 'REFUSED', requestedAt: '2026-08-01T02:00:00Z', decisionNote: '暂缓' },
    });
    expect(refusedAgain.kind).toBe('refused');
  });
});
