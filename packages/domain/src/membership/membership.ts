import { assertNever, err, ok, type DomainFailure, type Message, type Result } from '../shared/message';

/** The association's internal units that recommend members (Art. 2). */
export const UNIT_KINDS = ['DEPARTMENT', 'MAGAZINE', 'BRANCH', 'MEMBERSHIP_DEPARTMENT'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_NAMES: Record<UnitKind, Message> = {
  DEPARTMENT: { zhCN: '处（部）', en: 'Division/department' },
  MAGAZINE: { zhCN: '杂志社', en: 'Magazine' },
  BRANCH: { zhCN: '二级分会', en: 'Secondary branch' },
  MEMBERSHIP_DEPARTMENT: { zhCN: '会员部', en: 'Membership Department' },
};

export type Unit = { id: string; kind: UnitKind; name?: string };

// The database's MembershipStatus. A membership being asked for is a MembershipRequest
// (PENDING/APPROVED/REFUSED, membership-request-workflow.ts), not a membership.
export const MEMBERSHIP_STATUSES = ['ACTIVE', 'SUSPENDED', 'ENDED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * `developedBy` is the unit that brought the organisation in; null for an organisation that
 * applied for membership directly (非会员服务机构可在申请成为协会会员后，经会员部推荐申报).
 */
export type Membership = {
  organisationId: string;
  status: MembershipStatus;
  since: string | null;
  developedBy: Unit | null;
};

export type NotAMemberError = DomainFailure<'NOT_A_MEMBER'> & { status: MembershipStatus | null };

/** Art. 2: only member organisations with an active membership may submit an application. */
export function canSubmit(membership: Membership | null | undefined): Result<true, NotAMemberError> {
  if (!membership) {
    return err({
      code: 'NOT_A_MEMBER',
      article: 'Art. 2',
      status: null,
      message: {
        zhCN: '第二条：仅协会会员可提交申报，非会员服务机构须先申请成为协会会员。',
        en: 'Art. 2: only members may submit; a non-member must first apply for membership.',
      },
    });
  }
  switch (membership.status) {
    case 'ACTIVE':
      return ok(true);
    case 'SUSPENDED':
    case 'ENDED':
      return err({
        code: 'NOT_A_MEMBER',
        article: 'Art. 2',
        status: membership.status,
        message: {
          zhCN: `第二条：会员资格状态为“${MEMBERSHIP_STATUS_NAMES[membership.status].zhCN}”，须为有效会员方可提交申报。`,
          en: `Art. 2: membership is ${MEMBERSHIP_STATUS_NAMES[membership.status].en.toLowerCase()}; an active membership is required to submit.`,
        },
      });
    default:
      return assertNever(membership.status);
  }
}

export const MEMBERSHIP_STATUS_NAMES: Record<MembershipStatus, Message> = {
  ACTIVE: { zhCN: '有效', en: 'Active' },
  SUSPENDED: { zhCN: '暂停', en: 'Suspended' },
  ENDED: { zhCN: '已终止', en: 'Ended' },
};

/**
 * Who recommends the member (Art. 2): the unit that developed it; for direct members the
 * Membership Department. The caller supplies the Membership Department unit so this stays
 * free of any lookup.
 */
export function recommendingUnitFor(membership: Membership, membershipDepartment: Unit): Unit;
export function recommendingUnitFor(membership: Membership): Unit | { kind: 'MEMBERSHIP_DEPARTMENT' };
export function recommendingUnitFor(
  membership: Membership,
  membershipDepartment?: Unit,
): Unit | { kind: 'MEMBERSHIP_DEPARTMENT' } {
  if (membership.developedBy) return membership.developedBy;
  return membershipDepartment ?? { kind: 'MEMBERSHIP_DEPARTMENT' };
}

export type WrongRecommendingUnitError = DomainFailure<'WRONG_RECOMMENDING_UNIT'> & { expectedUnitId: string | null };

/** Art. 2: a recommendation counts only when it comes from the member's recommending unit. */
export function canRecommend(membership: Membership, unit: Unit): Result<true, WrongRecommendingUnitError> {
  const expected = recommendingUnitFor(membership);
  const matches = 'id' in expected ? expected.id === unit.id : unit.kind === 'MEMBERSHIP_DEPARTMENT';
  if (matches) return ok(true);
  return err({
    code: 'WRONG_RECOMMENDING_UNIT',
    article: 'Art. 2',
    expectedUnitId: 'id' in expected ? expected.id : null,
    message: {
      zhCN: '第二条：该会员应由发展其入会的单位推荐（直接入会的会员由会员部推荐）。',
      en: 'Art. 2: this member must be recommended by the unit that developed it (the Membership Department for direct members).',
    },
  });
}
