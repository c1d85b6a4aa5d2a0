import { encodeGlobalID } from '@pothos/plugin-relay';
import { isPublicWelfareService, recordsEditable, SERVICE_RECORD_KINDS } from '@sme/domain';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';

export const ServiceRecordKindEnum = builder.enumType('ServiceRecordKind', {
  description: 'Art. 12: a public-welfare service (free), a low-fee service, or another service.',
  values: SERVICE_RECORD_KINDS,
});

export const ServiceRecordEvidenceRef = builder
  .objectRef<{ id: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string; uploadedAt: Date }>(
    'ServiceRecordEvidence',
  )
  .implement({
    description: 'The evidence file of a service record (PDF, JPEG or PNG).',
    fields: (t) => ({
      fileName: t.exposeString('fileName'),
      contentType: t.exposeString('mimeType'),
      sizeBytes: t.exposeInt('sizeBytes'),
      sha256: t.exposeString('sha256'),
      uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
      downloadUrl: t.string({
        description: 'GET with the session cookie: the holder’s members and the staff who see its records.',
        resolve: (e) => `/api/service-records/${encodeURIComponent(encodeGlobalID('ServiceRecord', e.id))}/evidence`,
      }),
    }),
  });

// Art. 12: one service a platform delivered. Its members and the staff who see the holder's
// records (administrators, reviewers, analysts, its current unit) read it.
builder.prismaNode('ServiceRecord', {
  id: { field: 'id' },
  select: { accreditation: { select: { organisationId: true } } },
  authScopes: (r, ctx) => canSeeRecordsOf(ctx.viewer, r.accreditation.organisationId),
  fields: (t) => ({
    accreditation: t.relation('accreditation'),
    date: t.expose('date', { type: 'Date' }),
    year: t.exposeInt('year'),
    kind: t.expose('kind', { type: ServiceRecordKindEnum }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    enterprisesServed: t.exposeInt('enterprisesServed'),
    free: t.exposeBoolean('free', { description: 'Free of charge: a public-welfare service (公益性服务).' }),
    publicWelfare: t.boolean({
      description: 'Counts as a public-welfare service in the annual report (it was free).',
      select: { free: true },
      resolve: (r) => isPublicWelfareService(r),
    }),
    evidence: t.field({
      type: ServiceRecordEvidenceRef,
      nullable: true,
      select: {
        id: true,
        evidenceFileName: true,
        evidenceMimeType: true,
        evidenceSizeBytes: true,
        evidenceSha256: true,
        evidenceUploadedAt: true,
      },
      resolve: (r) =>
        r.evidenceFileName && r.evidenceMimeType && r.evidenceSha256
          ? {
              id: r.id,
              fileName: r.evidenceFileName,
              mimeType: r.evidenceMimeType,
              sizeBytes: r.evidenceSizeBytes ?? 0,
              sha256: r.evidenceSha256,
              uploadedAt: r.evidenceUploadedAt ?? new Date(0),
            }
          : null,
    }),
    editable: t.boolean({
      description: 'The record may still be changed: its year’s annual report is not submitted (or was returned).',
      select: { accreditationId: true, year: true },
      resolve: async (r) => {
        const report = await prisma().annualReport.findUnique({
          where: { accreditationId_year: { accreditationId: r.accreditationId, year: r.year } },
          select: { status: true },
        });
        return recordsEditable(report?.status);
      },
    }),
    recordedBy: t.string({
      select: { recordedBy: { select: { displayName: true } } },
      resolve: (r) => r.recordedBy.displayName,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
