import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Prisma } from '@sme/db';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { emlFileName } from '../../jobs/mailer.js';
import { mailSettings } from '../../jobs/mail-settings.js';
import { OutboxMessageRef } from './outbox.queries.js';
import { decodeMessage, type DecodedMessage } from './mime-decode.js';

// The console's outbox list: paged and filtered on the server (status, recipient), each message
// readable as written: its .eml copy decoded (subject, sender, body), or the row's own text.

const OutboxStatusEnum = builder.enumType('OutboxStatus', {
  description: 'SENT: left; WAITING: not yet tried or retrying without an error; FAILED: the last try failed.',
  values: ['SENT', 'WAITING', 'FAILED'] as const,
});

const DecodedMessageRef = builder.objectRef<DecodedMessage>('DecodedMailMessage').implement({
  description: 'An outbox message as its reader sees it: headers and body decoded from MIME.',
  fields: (t) => ({
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    subject: t.exposeString('subject'),
    date: t.exposeString('date', { nullable: true }),
    body: t.exposeString('body'),
  }),
});

builder.prismaObjectFields('EmailOutbox', (t) => ({
  decoded: t.field({
    type: DecodedMessageRef,
    description: 'The message decoded: from its .eml copy when one was written, else from the row.',
    resolve: async (m) => {
      const dir = mailSettings().mailDir;
      const eml = dir && m.sentAt ? await readFile(join(dir, emlFileName(m)), 'utf8').catch(() => null) : null;
      if (eml) return decodeMessage(eml);
      return { from: '', to: m.to, subject: m.subject, date: null, body: m.body };
    },
  }),
}));

type Page = { totalCount: number; items: Prisma.EmailOutboxGetPayload<object>[] };

const OutboxPageRef = builder.objectRef<Page>('OutboxPage').implement({
  description: 'One page of the outbox, newest first.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount'),
    items: t.field({ type: [OutboxMessageRef], resolve: (p) => p.items }),
  }),
});

export function outboxWhere(args: { status?: string | null; recipient?: string | null }): Prisma.EmailOutboxWhereInput {
  const where: Prisma.EmailOutboxWhereInput = {};
  if (args.status === 'SENT') where.sentAt = { not: null };
  if (args.status === 'WAITING') Object.assign(where, { sentAt: null, lastError: null });
  if (args.status === 'FAILED') Object.assign(where, { sentAt: null, lastError: { not: null } });
  const recipient = args.recipient?.trim();
  if (recipient) where.to = { contains: recipient, mode: 'insensitive' };
  return where;
}

builder.queryFields((t) => ({
  outboxMessages: t.field({
    type: OutboxPageRef,
    description: 'The outbox for administrators, paged on the server and filtered by status and recipient.',
    authScopes: { admin: true },
    args: {
      offset: t.arg.int({ validate: z.number().int().min(0) }),
      limit: t.arg.int({ validate: z.number().int().min(1).max(200) }),
      status: t.arg({ type: OutboxStatusEnum }),
      recipient: t.arg.string({ validate: z.string().max(200) }),
    },
    resolve: async (_root, args) => {
      const where = outboxWhere(args);
      const [totalCount, items] = await Promise.all([
        prisma().emailOutbox.count({ where }),
        prisma().emailOutbox.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          skip: args.offset ?? 0,
          take: args.limit ?? 20,
        }),
      ]);
      return { totalCount, items };
    },
  }),
}));
