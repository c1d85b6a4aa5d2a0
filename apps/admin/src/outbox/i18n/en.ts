import type { zhCN } from './zh-CN';

// The same keys as zh-CN.ts, in English.
export const en: typeof zhCN = {
  nav: 'Outbox',
  title: 'Mail outbox',
  description: 'Every e-mail the system wrote (notices and reminders) and whether it left.',
  transport: {
    file: 'No SMTP server is configured: messages are kept as .eml files in the data directory’s mail folder and can be read here.',
    smtp: 'Messages leave through the configured SMTP server.',
    none: 'This process runs no mail job: messages wait in the outbox.',
  },
  to: 'Recipient',
  from: 'From',
  subject: 'Subject',
  createdAt: 'Written',
  status: 'Status',
  attempts: 'Attempts',
  allStatuses: 'All statuses',
  statusName: { SENT: 'Sent', WAITING: 'Waiting', FAILED: 'Failed' },
  sentAt: 'Sent {{time}}',
  failed: 'Failed ({{count}} attempts)',
  waiting: 'Waiting',
  lastError: 'Last error: {{error}}',
  read: 'Read',
  empty: 'No messages match',
};
