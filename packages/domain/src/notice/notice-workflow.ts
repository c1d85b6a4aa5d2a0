import type { Message } from '../shared/message';
import { createWorkflow } from '../workflow/workflow';

/**
 * Art. 8 (公示五个工作日): a notice is published with its period on the working-day calendar;
 * after the period, with no objection pending, the award closes it (Art. 9). Whether the period
 * is over and no objection pending is checked by the award itself (awardBlocker), before the table.
 */
export const NOTICE_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export type NoticeParty = 'ADMIN';

export const NOTICE_STATUS_NAMES: Record<NoticeStatus, Message> = {
  DRAFT: { zhCN: '草稿', en: 'Draft' },
  PUBLISHED: { zhCN: '公示中', en: 'Published' },
  CLOSED: { zhCN: '已结束', en: 'Closed' },
};

export const noticeWorkflow = createWorkflow<NoticeStatus, 'publish' | 'award', NoticeParty, never>({
  subjectName: { zhCN: '公示', en: 'Notice' },
  statusNames: NOTICE_STATUS_NAMES,
  partyNames: { ADMIN: { zhCN: '协会管理员', en: 'An administrator' } },
  actions: {
    publish: {
      to: 'PUBLISHED',
      edges: [{ from: 'DRAFT', by: ['ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '发布公示', en: 'Publish the notice' },
    },
    award: {
      to: 'CLOSED',
      edges: [{ from: 'PUBLISHED', by: ['ADMIN'] }],
      article: 'Art. 9',
      name: { zhCN: '授予称号', en: 'Award the titles' },
      refusedFrom: {
        code: 'NOTICE_CLOSED',
        article: 'Art. 9',
        message: {
          zhCN: '第九条：该公示已完成授予，不能重复授予。',
          en: 'Art. 9: this notice has already been awarded.',
        },
      },
    },
  },
});
export type NoticeAction = (typeof noticeWorkflow.actionList)[number];
