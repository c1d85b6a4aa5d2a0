// The names of the statuses that have no transition table of their own in the domain, keyed by the
// database's and the schema's enum values. Screens (through packages/ui) and exports read them
// here, so a status has one name everywhere. The other statuses are named beside their tables:
// APPLICATION_STATUS_NAMES, TITLE_STATUS_NAMES, SPOT_CHECK_STATUS_NAMES.
import type { Message } from '../shared/message';

/** Arts. 11 and 13: a revocation is open until an administrator completes it. */
export const REVOCATION_STATUSES = ['OPEN', 'COMPLETED'] as const;
export type RevocationStatus = (typeof REVOCATION_STATUSES)[number];
export const REVOCATION_STATUS_NAMES: Record<RevocationStatus, Message> = {
  OPEN: { zhCN: '撤销办理中', en: 'Being revoked' },
  COMPLETED: { zhCN: '已撤销', en: 'Revoked' },
};

/** Art. 8: an objection lodged during the public notice, and the association's decision on it. */
export const OBJECTION_STATUSES = ['PENDING', 'UPHELD', 'DISMISSED'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_STATUS_NAMES: Record<ObjectionStatus, Message> = {
  PENDING: { zhCN: '待处理', en: 'Pending' },
  UPHELD: { zhCN: '异议成立', en: 'Upheld' },
  DISMISSED: { zhCN: '异议不成立', en: 'Dismissed' },
};

/** Art. 8: a public notice (公示) is drafted, published, then closed once its entries are decided. */
export const PUBLIC_NOTICE_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;
export type PublicNoticeStatus = (typeof PUBLIC_NOTICE_STATUSES)[number];
export const PUBLIC_NOTICE_STATUS_NAMES: Record<PublicNoticeStatus, Message> = {
  DRAFT: { zhCN: '草稿', en: 'Draft' },
  PUBLISHED: { zhCN: '公示中', en: 'Published' },
  CLOSED: { zhCN: '已结束', en: 'Closed' },
};

/** Art. 8: what became of an application in a notice. */
export const PUBLIC_NOTICE_ENTRY_OUTCOMES = ['PENDING', 'CLEARED', 'FAILED'] as const;
export type PublicNoticeEntryOutcome = (typeof PUBLIC_NOTICE_ENTRY_OUTCOMES)[number];
export const PUBLIC_NOTICE_ENTRY_OUTCOME_NAMES: Record<PublicNoticeEntryOutcome, Message> = {
  PENDING: { zhCN: '待认定', en: 'To award' },
  CLEARED: { zhCN: '已认定', en: 'Accredited' },
  FAILED: { zhCN: '不予认定', en: 'Not accredited' },
};

/** Art. 2: a non-member's request to join the association, decided by the Membership Department. */
export const MEMBERSHIP_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type MembershipRequestStatus = (typeof MEMBERSHIP_REQUEST_STATUSES)[number];
export const MEMBERSHIP_REQUEST_STATUS_NAMES: Record<MembershipRequestStatus, Message> = {
  PENDING: { zhCN: '待审核', en: 'Pending' },
  APPROVED: { zhCN: '已通过', en: 'Approved' },
  REFUSED: { zhCN: '未通过', en: 'Refused' },
};
