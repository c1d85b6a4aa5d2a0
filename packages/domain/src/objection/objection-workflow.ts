import type { Message } from '../shared/message';
import { createWorkflow } from '../workflow/workflow';

/**
 * Art. 8 (公示期内有异议的，由协会核实处理): an objection lodged during the notice waits for the
 * secretariat, who upholds it (the entry fails at the award) or dismisses it, once.
 */
export const OBJECTION_STATUSES = ['PENDING', 'UPHELD', 'DISMISSED'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export type ObjectionParty = 'ADMIN';

export const OBJECTION_STATUS_NAMES: Record<ObjectionStatus, Message> = {
  PENDING: { zhCN: '待处理', en: 'Pending' },
  UPHELD: { zhCN: '异议成立', en: 'Upheld' },
  DISMISSED: { zhCN: '异议不成立', en: 'Dismissed' },
};

const alreadyResolved = {
  code: 'OBJECTION_ALREADY_RESOLVED',
  article: 'Art. 8',
  message: { zhCN: '第八条：该异议已处理，不能重复处理。', en: 'Art. 8: this objection has already been decided.' },
};

export const objectionWorkflow = createWorkflow<ObjectionStatus, 'uphold' | 'dismiss', ObjectionParty, never>({
  subjectName: { zhCN: '异议', en: 'Objection' },
  statusNames: OBJECTION_STATUS_NAMES,
  partyNames: { ADMIN: { zhCN: '协会管理员', en: 'An administrator' } },
  actions: {
    uphold: {
      to: 'UPHELD',
      edges: [{ from: 'PENDING', by: ['ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '认定异议成立', en: 'Uphold the objection' },
      refusedFrom: alreadyResolved,
    },
    dismiss: {
      to: 'DISMISSED',
      edges: [{ from: 'PENDING', by: ['ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '认定异议不成立', en: 'Dismiss the objection' },
      refusedFrom: alreadyResolved,
    },
  },
});
export type ObjectionAction = (typeof objectionWorkflow.actionList)[number];
