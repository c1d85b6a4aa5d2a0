import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ObjectionReceiptRef, ObjectionRef, ObjectionStatusEnum, PublicNoticeRef } from './notice.object.js';

// Notices a DRAFT has never been shown to the public; every other status was published.
export const published = { status: { in: ['PUBLISHED' as const, 'CLOSED' as const] } };

builder.queryFields((t) => ({
  publicNotices: t.prismaField({
    type: ['PublicNotice'],
    description: 'Art. 8: the published public notices, newest first. Public.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: (query) =>
      prisma().publicNotice.findMany({
        ...query,
        where: published,
        orderBy: [{ publishedOn: 'desc' }, { createdAt: 'desc' }],
      }),
  }),

  publicNotice: t.prismaField({
    type: 'PublicNotice',
    nullable: true,
    description: 'One published notice. Public.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { id: t.arg.globalID({ required: true, for: PublicNoticeRef }) },
    resolve: (query, _root, args) =>
      prisma().publicNotice.findFirst({ ...query, where: { id: args.id.id, ...published } }),
  }),

  objections: t.prismaField({
    type: [ObjectionRef],
    description: 'Objections to public notices, pending first, then newest first. Administrators only.',
    authScopes: { admin: true },
    args: {
      status: t.arg({ type: ObjectionStatusEnum }),
      noticeId: t.arg.globalID({ for: PublicNoticeRef }),
    },
    resolve: (query, _root, args) =>
      prisma().objection.findMany({
        ...query,
        where: {
          ...(args.status ? { status: args.status } : {}),
          ...(args.noticeId ? { entry: { noticeId: args.noticeId.id } } : {}),
        },
        orderBy: [{ status: 'asc' }, { lodgedAt: 'desc' }],
      }),
  }),

  objectionReceipt: t.field({
    type: ObjectionReceiptRef,
    nullable: true,
    description:
      'The outcome of an objection, for whoever holds its receipt number (public; the number is unguessable).',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { receiptNumber: t.arg.string({ required: true, validate: z.string().trim().min(1).max(40) }) },
    resolve: async (_root, args) => {
      const row = await prisma().objection.findUnique({
        where: { receiptNumber: args.receiptNumber.trim().toUpperCase() },
        select: {
          receiptNumber: true,
          status: true,
          lodgedAt: true,
          decidedAt: true,
          decisionNote: true,
          _count: { select: { attachments: true } },
          entry: {
            select: {
              notice: { select: { title: true } },
              application: { select: { organisation: { select: { name: true } } } },
            },
          },
        },
      });
      if (!row) return null;
      return {
        receiptNumber: row.receiptNumber,
        status: row.status,
        lodgedAt: row.lodgedAt,
        decidedAt: row.decidedAt,
        decisionNote: row.decisionNote,
        organisationName: row.entry.application.organisation.name,
        noticeTitle: row.entry.notice.title,
        attachmentCount: row._count.attachments,
      };
    },
  }),
}));
