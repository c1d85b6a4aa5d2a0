import { createWorkflow } from '../workflow/workflow';
import { MEMBERSHIP_STATUS_NAMES, type MembershipStatus } from './membership';

/**
 * Art. 2: only an active member submits. An administrator ends a membership (its history is
 * kept); a suspended one may be ended too. A membership begins ACTIVE when a request is approved.
 */
export type MembershipParty = 'ADMIN';

export const membershipWorkflow = createWorkflow<MembershipStatus, 'end', MembershipParty, never>({
  subjectName: { zhCN: '会员资格', en: 'Membership' },
  statusNames: MEMBERSHIP_STATUS_NAMES,
  partyNames: { ADMIN: { zhCN: '协会管理员', en: 'An administrator' } },
  actions: {
    end: {
      to: 'ENDED',
      edges: [
        { from: 'ACTIVE', by: ['ADMIN'] },
        { from: 'SUSPENDED', by: ['ADMIN'] },
      ],
      article: 'Art. 2',
      name: { zhCN: '终止会员资格', en: 'End the membership' },
      refusedFrom: {
        code: 'NOT_A_MEMBER',
        article: 'Art. 2',
        message: { zhCN: '第二条：该机构当前不是协会会员。', en: 'Art. 2: this organisation is not a member now.' },
      },
    },
  },
});
export type MembershipAction = (typeof membershipWorkflow.actionList)[number];
