import type { Message } from '../shared/message';
import { createWorkflow } from '../workflow/workflow';

/**
 * Art. 12: a title's annual service report. The holder's members submit it (from DRAFT, or again
 * after it was RETURNED); the secretariat accepts it or returns it with a note. ACCEPTED is final.
 */
export const ANNUAL_REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];

/** HOLDER: the members of the organisation holding the title; ADMIN: the secretariat. */
export const ANNUAL_REPORT_PARTIES = ['HOLDER', 'ADMIN'] as const;
export type AnnualReportParty = (typeof ANNUAL_REPORT_PARTIES)[number];

export const ANNUAL_REPORT_STATUS_NAMES: Record<AnnualReportStatus, Message> = {
  DRAFT: { zhCN: '草稿', en: 'Draft' },
  SUBMITTED: { zhCN: '已提交', en: 'Submitted' },
  ACCEPTED: { zhCN: '已接收', en: 'Accepted' },
  RETURNED: { zhCN: '已退回', en: 'Returned' },
};

export const annualReportWorkflow = createWorkflow<
  AnnualReportStatus,
  'submit' | 'accept' | 'return',
  AnnualReportParty,
  never
>({
  subjectName: { zhCN: '年度服务报告', en: 'Annual service report' },
  statusNames: ANNUAL_REPORT_STATUS_NAMES,
  partyNames: {
    HOLDER: { zhCN: '示范平台的会员用户', en: 'A member of the platform' },
    ADMIN: { zhCN: '协会管理员', en: 'An administrator' },
  },
  actions: {
    submit: {
      to: 'SUBMITTED',
      edges: [
        { from: 'DRAFT', by: ['HOLDER'] },
        { from: 'RETURNED', by: ['HOLDER'] },
      ],
      article: 'Art. 12',
      name: { zhCN: '提交年度服务报告', en: 'Submit the annual report' },
    },
    accept: {
      to: 'ACCEPTED',
      edges: [{ from: 'SUBMITTED', by: ['ADMIN'] }],
      article: 'Art. 12',
      name: { zhCN: '接收年度服务报告', en: 'Accept the annual report' },
    },
    return: {
      to: 'RETURNED',
      edges: [{ from: 'SUBMITTED', by: ['ADMIN'] }],
      article: 'Art. 12',
      name: { zhCN: '退回年度服务报告', en: 'Return the annual report' },
    },
  },
});
export type AnnualReportAction = (typeof annualReportWorkflow.actionList)[number];
