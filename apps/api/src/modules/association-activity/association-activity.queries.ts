import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';

builder.queryFields((t) => ({
  associationActivities: t.prismaField({
    type: ['AssociationActivity'],
    description: "Art. 12: the association's activities (of a year, when given), latest first.",
    args: { year: t.arg.int({ required: false, validate: z.number().int().min(2000).max(2100) }) },
    resolve: (query, _root, { year }) =>
      prisma().associationActivity.findMany({
        ...query,
        where:
          year != null
            ? { heldOn: { gte: new Date(`${year}-01-01T00:00:00Z`), lte: new Date(`${year}-12-31T00:00:00Z`) } }
            : {},
        orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
