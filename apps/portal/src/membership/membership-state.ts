// Where a member organisation stands with the association (Art. 2), from what myOrganisation
// returns: the active membership, past memberships and the latest membership request.

export type MembershipStateInput = {
  membership: { status: string; since: string; unit: { name: string; nameEn?: string | null } } | null;
  memberships: readonly { status: string; since: string; endedOn?: string | null }[];
  membershipRequest: { status: string; requestedAt: string; decisionNote?: string | null } | null;
};

export type MembershipState =
  | { kind: 'none' }
  | { kind: 'pending'; requestedAt: string }
  | { kind: 'approved'; since: string; unitName: string; unitNameEn: string | null }
  | { kind: 'refused'; reason: string }
  | { kind: 'ended'; endedOn: string | null };

export function membershipStateOf(org: MembershipStateInput): MembershipState {
  if (org.membership?.status === 'ACTIVE') {
    return {
      kind: 'approved',
      since: org.membership.since,
      unitName: org.membership.unit.name,
      unitNameEn: org.membership.unit.nameEn ?? null,
    };
  }
  const request = org.membershipRequest;
  if (request?.status === 'PENDING') return { kind: 'pending', requestedAt: request.requestedAt };
  const ended = [...org.memberships]
    .filter((m) => m.status !== 'ACTIVE')
    .sort((a, b) => (a.since < b.since ? 1 : -1))[0];
  // A refusal of a request made after the membership ended is the newer news.
  const refusedLater =
    request?.status === 'REFUSED' && (!ended?.endedOn || request.requestedAt.slice(0, 10) >= ended.endedOn);
  if (ended && !refusedLater) return { kind: 'ended', endedOn: ended.endedOn ?? null };
  if (request?.status === 'REFUSED') return { kind: 'refused', reason: request.decisionNote ?? '' };
  return { kind: 'none' };
}

/** Whether the organisation may send a (new) membership request now. */
export function mayApply(state: MembershipState): boolean {
  return state.kind === 'none' || state.kind === 'refused' || state.kind === 'ended';
}
