import { describe, expect, it } from 'vitest';
import { submitBlockers } from './submit-blockers';

const member = { kind: 'approved', since: '2025-01-01', unitName: '会员部', unitNameEn: null } as const;

describe('submitBlockers', () => {
  it('lists nothing for an eligible member with every material', () => {
    expect(submitBlockers({ membership: member, missingMaterials: [], eligible: true, failedChecks: 0 })).toEqual([]);
  });

  it('puts membership first (Art. 2), then materials, then the failed conditions', () => {
    expect(
      submitBlockers({ membership: { kind: 'none' }, missingMaterials: ['申请表'], eligible: false, failedChecks: 3 }),
    ).toEqual([{ kind: 'membership' }, { kind: 'materials', names: ['申请表'] }, { kind: 'eligibility', count: 3 }]);
  });

  it('says a pending request is pending, and claims nothing while the membership is unknown', () => {
    expect(
      submitBlockers({
        membership: { kind: 'pending', requestedAt: '2026-12-01T02:00:00Z' },
        missingMaterials: [],
        eligible: true,
        failedChecks: 0,
      }),
    ).toEqual([{ kind: 'membershipPending' }]);
    expect(submitBlockers({ membership: null, missingMaterials: [], eligible: true, failedChecks: 0 })).toEqual([]);
  });

  it('ended and refused memberships block like none', () => {
    for (const membership of [{ kind: 'ended', endedOn: null } as const, { kind: 'refused', reason: 'x' } as const])
      expect(submitBlockers({ membership, missingMaterials: [], eligible: true, failedChecks: 0 })).toEqual([
        { kind: 'membership' },
      ]);
  });
});
