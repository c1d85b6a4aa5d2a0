import type { Message } from '../shared/message';
import { createWorkflow } from '../workflow/workflow';

/**
 * Art. 2 (非会员服务机构可在申请成为协会会员后…申报): a request to join waits for the Membership
 * Department (or an administrator), who approves it — the membership begins — or refuses it.
 */
export const MEMBERSHIP_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type MembershipRequestStatus = (typeof MEMBERSHIP_REQUEST_STATUSES)[number];
/** DECIDER: the Membership Department's staff or an administrator. */
export type MembershipRequestParty = 'DECIDER';

export const MEMBERSHIP_REQUEST_STATUS_NAMES: Record<MembershipRequestStatus, Message> = {
  PENDING: { zhCN: '待审核', en: 'Pending' },
  APPROVED: { zhCN: '已通过', en: 'Approved' },
  REFUSED: { zhCN: '未通过', en: 'Refused' },
};

const noPendingRequest = {
  code: 'NO_PENDING_REQUEST',
  article: 'Art. 2',
  message: {
    zhCN: '第二条：该机构没有待审核的入会申请。',
    en: 'Art. 2: this organisation has no membership request waiting for a decision.',
  },
};

export const membershipRequestWorkflow = createWorkflow<
  MembershipRequestStatus,
  'approve' | 'refuse',
  MembershipRequestParty,
  never
>({
  subjectName: { zhCN: '入会申请', en: 'Membership request' },
  statusNames: MEMBERSHIP_REQUEST_STATUS_NAMES,
  partyNames: { DECIDER: { zhCN: '会员部或协会管理员', en: 'The Membership Department or an administrator' } },
  actions: {
    approve: {
      to: 'APPROVED',
      edges: [{ from: 'PENDING', by: ['DECIDER'] }],
      article: 'Art. 2',
      name: { zhCN: '通过入会申请', en: 'Approve the request' },
      refusedFrom: noPendingRequest,
    },
    refuse: {
      to: 'REFUSED',
      edges: [{ from: 'PENDING', by: ['DECIDER'] }],
      article: 'Art. 2',
      name: { zhCN: '不予通过入会申请', en: 'Refuse the request' },
      refusedFrom: noPendingRequest,
    },
  },
});
export type MembershipRequestAction = (typeof membershipRequestWorkflow.actionList)[number];
