import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';

// Art. 14: 协会择优向国家级示范平台推荐.
builder.prismaNode('NationalRecommendation', {
  id: { field: 'id' },
  authScopes: { staff: true },
  fields: (t) => ({
    year: t.exposeInt('year'),
    note: t.exposeString('note', { nullable: true }),
    accreditation: t.relation('accreditation'),
    recommendedBy: t.relation('recommendedBy'),
    recommendedAt: t.expose('recommendedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('nationalRecommendations', (t) =>
  t.prismaField({
    type: ['NationalRecommendation'],
    authScopes: { staff: true },
    args: { year: t.arg.int({ required: false, validate: z.number().int().min(2000).max(2100) }) },
    resolve: (query, _root, { year }) =>
      prisma().nationalRecommendation.findMany({
        ...query,
        where: year ? { year } : {},
        orderBy: [{ year: 'desc' }, { recommendedAt: 'asc' }],
      }),
  }),
);
