import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';

export const RevocationReasonEnum = builder.enumType('RevocationReason', {
  description:
    "The seed's two grounds: Art. 11 a verified violation of law or regulation; Art. 13 a failed spot check.",
  values: ['VIOLATION_VERIFIED', 'FAILED_SPOT_CHECK'] as const,
});
export const RevocationStatusEnum = builder.enumType('RevocationStatus', {
  description:
    'OPEN until an administrator completes it with its effective date; a revocation is never dismissed (Art. 13).',
  values: ['OPEN', 'COMPLETED'] as const,
});
// Arts. 11 and 13: a published revocation may be seen by whoever may see the accreditation;
// until it is published (and with its evidence being prepared) only administrators see it.
builder.prismaNode('Revocation', {
  id: { field: 'id' },
  select: { publishedAt: true, accreditation: { select: { organisationId: true } } },
  authScopes: (r, ctx) =>
    hasRole(ctx.viewer, 'ADMIN') ||
    (r.publishedAt !== null && canSeeRecordsOf(ctx.viewer, r.accreditation.organisationId)),
  fields: (t) => ({
    accreditation: t.relation('accreditation'),
    reason: t.expose('reason', { type: RevocationReasonEnum }),
    status: t.expose('status', { type: RevocationStatusEnum }),
    description: t.exposeString('description'),
    // the evidence behind a revocation may name informants and third parties: administrators only
    evidence: t.exposeString('evidence', {
      nullable: true,
      authScopes: { admin: true },
      description: '撤销证据：仅管理员可见。 Evidence of the revocation: administrators only.',
    }),
    effectiveOn: t.expose('effectiveOn', { type: 'Date', nullable: true }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
  }),
});
