import { builder } from '../../builder.js';
import { prisma } from '../../db.js';

builder.queryFields((t) => ({
  spotChecks: t.prismaField({
    type: ['SpotCheck'],
    authScopes: { admin: true },
    resolve: (query) =>
      prisma().spotCheck.findMany({ ...query, orderBy: [{ campaignId: 'desc' }, { position: 'asc' }] }),
  }),
}));
