import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { auditWhere } from './audit-filter.js';

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
      description:
        'The audit trail, newest first, paged in the database; filtered by actor, action, object and Beijing dates (from and to both included).',
      authScopes: { admin: true },
      args: {
        entityType: t.arg.string(),
        entityId: t.arg.string(),
        action: t.arg.string(),
        actorId: t.arg.globalID({ description: 'Who acted (a User id).' }),
        from: t.arg({ type: 'Date', description: 'First Beijing day included.' }),
        to: t.arg({ type: 'Date', description: 'Last Beijing day included.' }),
      },
      resolve: (query, _root, args) =>
        prisma().auditEvent.findMany({
          ...query,
          where: auditWhere({
            actorId: args.actorId ? (args.actorId.typename === 'User' ? args.actorId.id : '-') : null,
            action: args.action,
            entityType: args.entityType,
            entityId: args.entityId,
            from: args.from,
            to: args.to,
          }),
          orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'AuditEventConnection' },
    { name: 'AuditEventEdge' },
  ),
);
