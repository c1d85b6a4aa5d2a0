import { builder } from '../../builder.js';
import { prisma } from '../../db.js';

builder.prismaNode('AuditEvent', {
  id: { field: 'id' },
  description: 'One recorded change: who did what to which record, when.',
  authScopes: { admin: true },
  fields: (t) => ({
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { nullable: true }),
    actor: t.relation('actor', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    data: t.string({
      nullable: true,
      description: 'The event details as JSON text.',
      resolve: (e) => (e.data == null ? null : JSON.stringify(e.data)),
    }),
  }),
});

builder.queryField('auditEvents', (t) =>
  t.prismaConnection(
    {
      type: 'AuditEvent',
      cursor: 'id',
      description: 'The audit trail, newest first, optionally for one entity.',
      authScopes: { admin: true },
      args: { entityType: t.arg.string(), entityId: t.arg.string(), action: t.arg.string() },
      resolve: (query, _root, args) =>
        prisma().auditEvent.findMany({
          ...query,
          where: {
            ...(args.entityType ? { entityType: args.entityType } : {}),
            ...(args.entityId ? { entityId: args.entityId } : {}),
            ...(args.action ? { action: args.action } : {}),
          },
          orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'AuditEventConnection' },
    { name: 'AuditEventEdge' },
  ),
);
