import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { emlFileName } from '../../jobs/mailer.js';
import { mailSettings } from '../../jobs/mail-settings.js';

// The e-mail outbox for administrators: what was sent, what waits, what failed, and the .eml copy.
export const OutboxMessageRef = builder.prismaObject('EmailOutbox', {
  name: 'OutboxMessage',
  authScopes: { admin: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    to: t.exposeString('to'),
    subject: t.exposeString('subject'),
    body: t.exposeString('body'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    eml: t.string({
      nullable: true,
      description:
        'The message as written to DATA_DIR/mail when no SMTP server is configured (null otherwise or before it is sent).',
      resolve: async (m) => {
        const dir = mailSettings().mailDir;
        if (!dir || !m.sentAt) return null;
        return readFile(join(dir, emlFileName(m)), 'utf8').catch(() => null);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  emailOutbox: t.prismaField({
    type: ['EmailOutbox'],
    authScopes: { admin: true },
    args: { first: t.arg.int({ required: false }), unsentOnly: t.arg.boolean({ required: false }) },
    resolve: (query, _root, { first, unsentOnly }) =>
      prisma().emailOutbox.findMany({
        ...query,
        where: unsentOnly ? { sentAt: null } : {},
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: Math.min(Math.max(first ?? 100, 1), 500),
      }),
  }),
  mailTransport: t.string({
    authScopes: { admin: true },
    description: 'smtp, file (.eml under DATA_DIR/mail) or none (no runner in this process).',
    resolve: () => mailSettings().transport,
  }),
}));
