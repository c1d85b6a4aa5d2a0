// The names of the statuses that have no transition table of their own in the domain, keyed by the
// database's and the schema's enum values. Screens (through packages/ui) and exports read them
// here, so a status has one name everywhere. The other statuses are named beside their tables:
// APPLICATION_STATUS_NAMES, TITLE_STATUS_NAMES, SPOT_CHECK_STATUS_NAMES.
import { NOTICE_STATUSES, NOTICE_STATUS_NAMES, type NoticeStatus } from '../notice/notice-workflow';
import type { Message } from '../shared/message';

/** Arts. 11 and 13: a revocation is open until an administrator completes it. */
export const REVOCATION_STATUSES = ['OPEN', 'COMPLETED'] as const;
export type RevocationStatus = (typeof REVOCATION_STATUSES)[number];
export const REVOCATION_STATUS_NAMES: Record<RevocationStatus, Message> = {
  OPEN: { zhCN: '撤销办理中', en: 'Being revoked' },
  COMPLETED: { zhCN: '已撤销', en: 'Revoked' },
};

// Objections (Art. 8), notices (Art. 8) and membership requests (Art. 2) are named beside their
// transition tables; the notice's names are re-exported under the schema's name for it.
export { OBJECTION_STATUSES, OBJECTION_STATUS_NAMES, type ObjectionStatus } from '../objection/objection-workflow';
export {
  MEMBERSHIP_REQUEST_STATUSES,
  MEMBERSHIP_REQUEST_STATUS_NAMES,
  type MembershipRequestStatus,
} from '../membership/membership-request-workflow';

/** Art. 8: a public notice (公示) is drafted, published, then closed once its entries are decided. */
export const PUBLIC_NOTICE_STATUSES = NOTICE_STATUSES;
export type PublicNoticeStatus = NoticeStatus;
export const PUBLIC_NOTICE_STATUS_NAMES: Record<PublicNoticeStatus, Message> = NOTICE_STATUS_NAMES;

/** Art. 8: what became of an application in a notice. */
export const PUBLIC_NOTICE_ENTRY_OUTCOMES = ['PENDING', 'CLEARED', 'FAILED'] as const;
export type PublicNoticeEntryOutcome = (typeof PUBLIC_NOTICE_ENTRY_OUTCOMES)[number];
export const PUBLIC_NOTICE_ENTRY_OUTCOME_NAMES: Record<PublicNoticeEntryOutcome, Message> = {
  PENDING: { zhCN: '待认定', en: 'To award' },
  CLEARED: { zhCN: '已认定', en: 'Accredited' },
  FAILED: { zhCN: '不予认定', en: 'Not accredited' },
};
