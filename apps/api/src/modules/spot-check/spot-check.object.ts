import { SPOT_CHECK_STATUSES } from '@sme/domain';
import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';

export const SpotCheckStatusEnum = builder.enumType('SpotCheckStatus', {
  description: 'Art. 13: drawn (PENDING), EVIDENCE_REQUESTED, RESPONDED, then PASSED or FAILED (final).',
  values: SPOT_CHECK_STATUSES,
});

// Art. 13: one sampled platform's check.
// Admins and analysts see every check; the holder's members see their own (they answer it).
builder.prismaNode('SpotCheck', {
  id: { field: 'id' },
  authScopes: async (c, ctx) => {
    if (hasRole(ctx.viewer, 'ADMIN') || hasRole(ctx.viewer, 'ANALYST')) return true;
    const title = await prisma().accreditation.findUnique({
      where: { id: c.accreditationId },
      select: { organisationId: true },
    });
    return hasRole(ctx.viewer, 'MEMBER') && title !== null && ctx.viewer?.organisationId === title.organisationId;
  },
  fields: (t) => ({
    accreditation: t.relation('accreditation'),
    status: t.expose('status', { type: SpotCheckStatusEnum }),
    position: t.exposeInt('position'),
    dueOn: t.expose('dueOn', { type: 'Date', nullable: true }),
    responseText: t.exposeString('responseText', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
  }),
});
