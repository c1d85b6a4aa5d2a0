import { APPLICATION_STATUSES, type ApplicationStatus } from '@sme/domain';
import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { ApplicationStatusEnum } from './application.object.js';

type StatusCount = { status: ApplicationStatus; count: number };

const StatusCountRef = builder.objectRef<StatusCount>('RoundStatusCount').implement({
  fields: (t) => ({
    status: t.field({ type: ApplicationStatusEnum, resolve: (c) => c.status }),
    count: t.exposeInt('count'),
  }),
});

// A round's page shows its applications by status. Unit staff count only their own members' (Art. 2).
builder.prismaObjectFields('Round', (t) => ({
  applicationCounts: t.field({
    type: [StatusCountRef],
    description: "The round's applications by status (every status, zero included), in lifecycle order.",
    authScopes: { staff: true },
    resolve: async (round, _args, ctx) => {
      const broad = hasRole(ctx.viewer, 'ADMIN') || hasRole(ctx.viewer, 'REVIEWER') || hasRole(ctx.viewer, 'ANALYST');
      const rows = await prisma().application.groupBy({
        by: ['status'],
        where: {
          roundId: round.id,
          ...(broad ? {} : { organisation: { memberships: { some: { unitId: ctx.viewer?.unitId ?? '' } } } }),
        },
        _count: { _all: true },
      });
      const counts = new Map(rows.map((r) => [r.status as ApplicationStatus, r._count._all]));
      return APPLICATION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
    },
  }),
}));
