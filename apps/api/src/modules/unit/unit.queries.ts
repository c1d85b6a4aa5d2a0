import { builder } from '../../builder.js';
import { prisma } from '../../db.js';

builder.queryField('units', (t) =>
  t.prismaField({
    type: ['Unit'],
    description: "Art. 2: the association's recommending units.",
    authScopes: { staff: true },
    resolve: (query) => prisma().unit.findMany({ ...query, orderBy: [{ kind: 'asc' }, { code: 'asc' }] }),
  }),
);
