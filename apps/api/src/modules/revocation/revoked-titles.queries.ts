import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { RevocationReasonEnum } from './revocation.object.js';

type Reason = 'VIOLATION_VERIFIED' | 'FAILED_SPOT_CHECK';

// Published (Arts. 11, 13): completed revocations in effect, for the register and the verification page.
const PublicRevocation = builder.objectRef<{
  certificateNumber: string;
  organisationName: string;
  functions: string[];
  reason: Reason;
  effectiveOn: Date;
  description: string;
}>('PublicRevocation');
PublicRevocation.implement({
  fields: (t) => ({
    certificateNumber: t.exposeString('certificateNumber'),
    organisationName: t.exposeString('organisationName'),
    functions: t.exposeStringList('functions'),
    reason: t.field({ type: RevocationReasonEnum, resolve: (r) => r.reason }),
    effectiveOn: t.field({ type: 'Date', resolve: (r) => r.effectiveOn }),
    description: t.exposeString('description'),
  }),
});

builder.queryField('revokedTitles', (t) =>
  t.field({
    type: [PublicRevocation],
    description: "Public: titles revoked (completed revocations), newest first — the register's revoked list.",
    authScopes: { public: true },
    skipTypeScopes: true,
    resolve: async () => {
      const rows = await prisma().revocation.findMany({
        where: { status: 'COMPLETED', effectiveOn: { not: null } },
        orderBy: [{ effectiveOn: 'desc' }, { id: 'desc' }],
        select: {
          reason: true,
          effectiveOn: true,
          description: true,
          accreditation: {
            select: { certificateNumber: true, functions: true, organisation: { select: { name: true } } },
          },
        },
        take: 500,
      });
      return rows.map((r) => ({
        certificateNumber: r.accreditation.certificateNumber,
        organisationName: r.accreditation.organisation.name,
        functions: r.accreditation.functions,
        reason: r.reason,
        effectiveOn: r.effectiveOn as Date,
        description: r.description,
      }));
    },
  }),
);
