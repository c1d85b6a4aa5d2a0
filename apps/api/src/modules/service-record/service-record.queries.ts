import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';

builder.queryFields((t) => ({
  myServiceRecords: t.prismaField({
    type: ['ServiceRecord'],
    description: "Art. 12: the service records of the titles the caller's organisation holds, newest first.",
    authScopes: { member: true },
    args: { year: t.arg.int({ required: false, validate: z.number().int().min(2000).max(2100) }) },
    resolve: (query, _root, { year }, ctx) =>
      prisma().serviceRecord.findMany({
        ...query,
        where: {
          accreditation: { organisationId: ctx.viewer?.organisationId ?? '' },
          ...(year != null ? { year } : {}),
        },
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  serviceRecords: t.prismaField({
    type: ['ServiceRecord'],
    description:
      "Art. 12: one title's service records, newest first — to the staff who see the holder's records (and its own members); empty to anyone else.",
    authScopes: { staff: true, member: true },
    args: {
      accreditationId: t.arg.globalID({ required: true }),
      year: t.arg.int({ required: false, validate: z.number().int().min(2000).max(2100) }),
    },
    resolve: async (query, _root, { accreditationId, year }, ctx) => {
      const where = { accreditationId: accreditationId.id, ...(year != null ? { year } : {}) };
      const title = await prisma().accreditation.findUnique({
        where: { id: accreditationId.id },
        select: { organisationId: true },
      });
      if (!title || !(await canSeeRecordsOf(ctx.viewer, title.organisationId))) return [];
      return prisma().serviceRecord.findMany({
        ...query,
        where,
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
}));
