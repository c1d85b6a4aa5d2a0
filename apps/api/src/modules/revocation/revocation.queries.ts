import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { developedByUnit } from '../organisation/organisation-access.js';

builder.queryFields((t) => ({
  revocations: t.prismaField({
    type: ['Revocation'],
    description:
      'Revocations, latest first: all for administrators; for unit staff, the published ones of their current members.',
    authScopes: { admin: true, unitStaff: true },
    resolve: (query, _root, _args, ctx) =>
      prisma().revocation.findMany({
        ...query,
        where: hasRole(ctx.viewer, 'ADMIN')
          ? {}
          : {
              publishedAt: { not: null },
              accreditation: { organisation: developedByUnit(ctx.viewer?.unitId ?? null) },
            },
        orderBy: { effectiveOn: 'desc' },
      }),
  }),
}));
