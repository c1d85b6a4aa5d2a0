import { SPOT_CHECK_STATUSES } from '@sme/domain';
import { mayReadRevocationOf } from '../../security/title-access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ServiceFunctionEnum } from '../application/application.object.js';
import { hasRole } from '../../context.js';
import { canSeeRecordsOf, developedByUnit } from '../organisation/organisation-access.js';

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
export const SpotCheckStatusEnum = builder.enumType('SpotCheckStatus', {
  description: 'Art. 13: drawn (PENDING), EVIDENCE_REQUESTED, RESPONDED, then PASSED or FAILED (final).',
  values: SPOT_CHECK_STATUSES,
});

// Arts. 9 and 11: the title, its certificate and its three-year validity. Titles are published
// (Art. 9: 在协会门户网站上公布), so the type is public — the public register lists it; what
// belongs to the holder (its application, its organisation's record) keeps the holder's scope.
builder.prismaNode('Accreditation', {
  id: { field: 'id' },
  authScopes: { public: true },
  fields: (t) => ({
    certificateNumber: t.exposeString('certificateNumber'),
    organisation: t.relation('organisation'),
    application: t.relation('application', {
      nullable: true,
      // The application is the holder's record: its current unit only.
      authScopes: (a, _args, ctx) => canSeeRecordsOf(ctx.viewer, a.organisationId),
    }),
    imported: t.exposeBoolean('imported', { description: 'Awarded before this system and imported.' }),
    functions: t.field({ type: [ServiceFunctionEnum], resolve: (a) => a.functions }),
    awardedOn: t.expose('awardedOn', { type: 'Date' }),
    validFrom: t.expose('validFrom', { type: 'Date' }),
    validUntil: t.expose('validUntil', { type: 'Date' }),
    renews: t.relation('renews', { nullable: true }),
    // Null to whoever may not see the revocation (an open or unpublished one: administrators only).
    revocation: t.relation('revocation', {
      nullable: true,
      authScopes: (a, _args, ctx) => mayReadRevocationOf(ctx.viewer, a),
      unauthorizedResolver: () => null,
    }),
  }),
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

builder.queryFields((t) => ({
  accreditations: t.prismaField({
    type: ['Accreditation'],
    description: 'Accreditations, most recently awarded first.',
    authScopes: { admin: true, reviewer: true, analyst: true },
    resolve: (query) => prisma().accreditation.findMany({ ...query, orderBy: [{ awardedOn: 'desc' }, { id: 'desc' }] }),
  }),
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
  spotChecks: t.prismaField({
    type: ['SpotCheck'],
    authScopes: { admin: true },
    resolve: (query) =>
      prisma().spotCheck.findMany({ ...query, orderBy: [{ campaignId: 'desc' }, { position: 'asc' }] }),
  }),
}));
