import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ApplicationRef } from '../application/application.object.js';

export const PublicNoticeStatusEnum = builder.enumType('PublicNoticeStatus', {
  values: ['DRAFT', 'PUBLISHED', 'CLOSED'] as const,
});
export const ObjectionStatusEnum = builder.enumType('ObjectionStatus', {
  values: ['PENDING', 'UPHELD', 'DISMISSED'] as const,
});

// Art. 8: a public notice of 5 working days. Published notices are public knowledge, but the
// console is where they are read for now, so staff only.
builder.prismaNode('PublicNotice', {
  id: { field: 'id' },
  authScopes: { staff: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    body: t.exposeString('body', { nullable: true }),
    status: t.expose('status', { type: PublicNoticeStatusEnum }),
    publishedOn: t.expose('publishedOn', { type: 'Date' }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    round: t.relation('round', { nullable: true }),
    applications: t.field({
      type: [ApplicationRef],
      select: { entries: { select: { application: true } } },
      resolve: (notice) => notice.entries.map((e) => e.application),
    }),
    objections: t.field({
      type: [ObjectionRef],
      select: { entries: { select: { objections: true } } },
      resolve: (notice) => notice.entries.flatMap((e) => e.objections),
    }),
  }),
});

// Art. 8: an objection (异议) lodged while a notice runs. Objectors' contacts are personal data.
const ObjectionRef = builder.prismaNode('Objection', {
  id: { field: 'id' },
  authScopes: { admin: true },
  fields: (t) => ({
    lodgedByName: t.exposeString('lodgedByName'),
    contact: t.exposeString('contact'),
    grounds: t.exposeString('grounds'),
    lodgedAt: t.expose('lodgedAt', { type: 'DateTime' }),
    status: t.expose('status', { type: ObjectionStatusEnum }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('publicNotices', (t) =>
  t.prismaField({
    type: ['PublicNotice'],
    description: 'Public notices (Art. 8), newest first.',
    authScopes: { staff: true },
    resolve: (query) => prisma().publicNotice.findMany({ ...query, orderBy: { publishedOn: 'desc' } }),
  }),
);
