import { builder } from '../../builder.js';
import { prisma } from '../../db.js';

builder.queryFields((t) => ({
  accreditations: t.prismaField({
    type: ['Accreditation'],
    description: 'Accreditations, most recently awarded first.',
    authScopes: { admin: true, reviewer: true, analyst: true },
    resolve: (query) => prisma().accreditation.findMany({ ...query, orderBy: [{ awardedOn: 'desc' }, { id: 'desc' }] }),
  }),
}));
