import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { pick } from '../common/locale.js';

// In-app notices (the bell). Written by the transition paths with their e-mail copies (notify.ts).
builder.prismaNode('Notification', {
  id: { field: 'id' },
  authScopes: (n, ctx) => n.userId === ctx.viewer?.userId,
  fields: (t) => ({
    kind: t.exposeString('kind'),
    title: t.string({
      description: "In the reader's language.",
      resolve: (n, _args, ctx) => pick({ zhCN: n.title, en: n.titleEn ?? n.title }, ctx.locale),
    }),
    body: t.string({
      description: "In the reader's language.",
      resolve: (n, _args, ctx) => pick({ zhCN: n.body, en: n.bodyEn ?? n.body }, ctx.locale),
    }),
    link: t.exposeString('link', { nullable: true, description: 'Path in the front end the notice is about.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  myNotifications: t.prismaField({
    type: ['Notification'],
    description: 'In-app notices to the signed-in user, newest first.',
    args: { unreadOnly: t.arg.boolean({ required: false }), first: t.arg.int({ required: false }) },
    resolve: (query, _root, { unreadOnly, first }, ctx) =>
      prisma().notification.findMany({
        ...query,
        where: { userId: ctx.viewer?.userId ?? '-', ...(unreadOnly ? { readAt: null } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: Math.min(Math.max(first ?? 50, 1), 200),
      }),
  }),
  myUnreadNotificationCount: t.int({
    description: 'For the bell.',
    resolve: (_root, _args, ctx) =>
      prisma().notification.count({ where: { userId: ctx.viewer?.userId ?? '-', readAt: null } }),
  }),
}));
