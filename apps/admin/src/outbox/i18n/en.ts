import type { zhCN } from './zh-CN';

// The console's outbox pages in English: the same keys as zh-CN.ts.
export const en: typeof zhCN = {
  nav: 'E-mail outbox',
  title: 'E-mail outbox',
  description: 'Every e-mail the system wrote (notices and reminders) and whether it was sent.',
  transport: {
    file: 'No SMTP server is configured: e-mails are kept as .eml files in the mail folder of the data directory, readable here.',
    smtp: 'E-mails leave through the configured SMTP server.',
    none: 'No mail runner in this process: e-mails wait in the outbox.',
  },
  to: 'To',
  subject: 'Subject',
  createdAt: 'Written',
  sentAt: 'Sent {{time}}',
  failed: 'Failed ({{count}} attempts)',
  waiting: 'Waiting',
  read: 'Read',
  empty: 'The outbox is empty',
  emlHint: 'The stored .eml file as written.',
  noEml: 'No .eml copy (not sent yet, or sent by SMTP); the message as written.',
};
