import { APPLICATION_STATUS } from './application-status';
import { MEMBERSHIP_REQUEST_STATUS } from './membership-request-status';
import { NOTICE_ENTRY_OUTCOME, NOTICE_STATUS } from './notice-status';
import { OBJECTION_STATUS } from './objection-status';
import { REVOCATION_STATUS } from './revocation-status';
import { SPOT_CHECK_STATUS } from './spot-check-status';
import { TITLE_STATUS } from './title-status';

/** Every status table, by its key in the shared i18n resources (`ui.<key>.<STATUS>`) and the
 * schema enum it names. */
export const STATUS_TABLES = {
  status: { table: APPLICATION_STATUS, enum: 'ApplicationStatus' },
  titleStatus: { table: TITLE_STATUS, enum: 'TitleStatus' },
  spotCheckStatus: { table: SPOT_CHECK_STATUS, enum: 'SpotCheckStatus' },
  revocationStatus: { table: REVOCATION_STATUS, enum: 'RevocationStatus' },
  objectionStatus: { table: OBJECTION_STATUS, enum: 'ObjectionStatus' },
  noticeStatus: { table: NOTICE_STATUS, enum: 'PublicNoticeStatus' },
  noticeOutcome: { table: NOTICE_ENTRY_OUTCOME, enum: 'PublicNoticeEntryOutcome' },
  membershipRequestStatus: { table: MEMBERSHIP_REQUEST_STATUS, enum: 'MembershipRequestStatus' },
} as const;

export type StatusKind = keyof typeof STATUS_TABLES;
