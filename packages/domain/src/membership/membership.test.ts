import { describe, expect, it } from 'vitest';
import { canRecommend, canSubmit, recommendingUnitFor, type Membership, type Unit } from './membership';

const magazine: Unit = { id: 'u-mag', kind: 'MAGAZINE' };
const branch: Unit = { id: 'u-branch', kind: 'BRANCH' };
const membershipDept: Unit = { id: 'u-md', kind: 'MEMBERSHIP_DEPARTMENT' };
const developed: Membership = { organisationId: 'o1', status: 'ACTIVE', since: '2023-05-01', developedBy: magazine };
const direct: Membership = { organisationId: 'o2', status: 'ACTIVE', since: '2024-01-10', developedBy: null };

describe('membership (Art. 2)', () => {
  it('lets an active member submit', () => {
    expect(canSubmit(developed)).toEqual({ ok: true, value: true });
  });

  it.each(['SUSPENDED', 'ENDED'] as const)('refuses a %s membership, naming Art. 2', (status) => {
    const r = canSubmit({ ...developed, status });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'NOT_A_MEMBER', article: 'Art. 2', status });
      expect(r.error.message.zhCN).toContain('第二条');
    }
  });

  it('refuses a non-member', () => {
    const r = canSubmit(null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toContain('Art. 2');
  });

  it('routes the recommendation to the developing unit, or the Membership Department for direct members', () => {
    expect(recommendingUnitFor(developed, membershipDept)).toBe(magazine);
    expect(recommendingUnitFor(direct, membershipDept)).toBe(membershipDept);
    expect(recommendingUnitFor(direct)).toEqual({ kind: 'MEMBERSHIP_DEPARTMENT' });
    expect(canRecommend(developed, magazine).ok).toBe(true);
    expect(canRecommend(developed, branch).ok).toBe(false);
    expect(canRecommend(developed, membershipDept).ok).toBe(false);
    expect(canRecommend(direct, membershipDept).ok).toBe(true);
    const wrong = canRecommend(direct, branch);
    expect(!wrong.ok && wrong.error.article).toBe('Art. 2');
  });
});
