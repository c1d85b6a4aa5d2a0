import type { MembershipState } from '../membership/membership-state';

// What still stands between a draft and its submission, listed on the submit step before the
// button so nobody learns it from a refusal: membership first (Art. 2), then the required
// materials (Art. 7), then the conditions of Arts. 5 and 6.

export type SubmitBlocker =
  | { kind: 'membership' }
  | { kind: 'membershipPending' }
  | { kind: 'materials'; names: readonly string[] }
  | { kind: 'eligibility'; count: number };

export function submitBlockers(input: {
  /** null while the membership is not known yet: nothing is claimed then. */
  membership: MembershipState | null;
  missingMaterials: readonly string[];
  eligible: boolean;
  failedChecks: number;
}): SubmitBlocker[] {
  const blockers: SubmitBlocker[] = [];
  if (input.membership && input.membership.kind !== 'approved')
    blockers.push({ kind: input.membership.kind === 'pending' ? 'membershipPending' : 'membership' });
  if (input.missingMaterials.length > 0) blockers.push({ kind: 'materials', names: input.missingMaterials });
  if (!input.eligible) blockers.push({ kind: 'eligibility', count: Math.max(1, input.failedChecks) });
  return blockers;
}
