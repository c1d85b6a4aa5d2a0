import { recordsEditable } from '@sme/domain';
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../../audit/record-audit.js';
import { viewerFromRequest } from '../../auth/session.js';
import { prisma } from '../../db.js';
import { rawId } from '../../http/route-id.js';
import type { FileStore } from '../../storage/file-store.js';
import {
  receiveAndStore,
  registerUploadParsing,
  sendFailure,
  sendRefusal,
  sendStoredFile,
  uploadRouteOptions,
  type UploadPolicy,
} from '../../storage/receive-upload.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';
import { isHolder } from './holder.js';

/** The evidence of one service: a file like a material's (PDF, JPEG, PNG), up to 20 MiB. */
export const MAX_SERVICE_EVIDENCE_BYTES = 20 * 1024 * 1024;
const EVIDENCE_UPLOADS: UploadPolicy = {
  maxBytes: MAX_SERVICE_EVIDENCE_BYTES,
  checkDeclaredType: true,
  article: 'software',
};
const notFound = { zhCN: '未找到该服务记录，或您无权查看。', en: 'No such service record, or you may not see it.' };

export type ServiceRecordEvidenceRoutesOptions = { fileStore: FileStore };

// Registered under /api (api-routes.ts):
// POST /service-records/:serviceRecordId/evidence — the holder's members, while the record may
//      still change (its year's report not submitted): multipart `file`; replaces the earlier one.
// GET  /service-records/:serviceRecordId/evidence — the file, to the holder's members and the
//      staff who see the holder's records.
// Removing it is `updateServiceRecord(input: { removeEvidence: true })`.
export async function serviceRecordEvidenceRoutes(
  app: FastifyInstance,
  { fileStore }: ServiceRecordEvidenceRoutesOptions,
): Promise<void> {
  await registerUploadParsing(app, MAX_SERVICE_EVIDENCE_BYTES);

  const load = (id: string) =>
    prisma().serviceRecord.findUnique({
      where: { id: rawId(id, 'ServiceRecord') },
      select: {
        id: true,
        year: true,
        accreditationId: true,
        evidenceFileName: true,
        evidenceMimeType: true,
        evidenceStorageKey: true,
        evidenceSha256: true,
        accreditation: { select: { organisationId: true } },
      },
    });

  app.post<{ Params: { serviceRecordId: string } }>(
    '/service-records/:serviceRecordId/evidence',
    uploadRouteOptions(MAX_SERVICE_EVIDENCE_BYTES),
    async (request, reply) => {
      const viewer = await viewerFromRequest(request);
      if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
      const record = await load(request.params.serviceRecordId);
      if (!record || !isHolder(viewer, record.accreditation.organisationId))
        return sendFailure(reply, 404, 'NOT_FOUND', notFound.zhCN, notFound.en);
      const report = await prisma().annualReport.findUnique({
        where: { accreditationId_year: { accreditationId: record.accreditationId, year: record.year } },
        select: { status: true },
      });
      if (!recordsEditable(report?.status))
        return sendFailure(
          reply,
          409,
          'RECORDS_FROZEN',
          `系统规则：${record.year}年度服务报告已提交，该年度的服务记录不能再修改。`,
          `Software rule: the ${record.year} annual report has been submitted, so that year's service records can no longer be changed.`,
        );

      const received = await receiveAndStore(request, fileStore, EVIDENCE_UPLOADS);
      if (!received.ok) return sendRefusal(request, reply, received.refusal);
      const file = received.file;
      const uploadedAt = new Date();
      await prisma().$transaction(async (tx) => {
        await tx.serviceRecord.update({
          where: { id: record.id },
          data: {
            evidenceFileName: file.fileName,
            evidenceMimeType: file.mimeType,
            evidenceSizeBytes: file.sizeBytes,
            evidenceSha256: file.sha256,
            evidenceStorageKey: file.storageKey,
            evidenceUploadedAt: uploadedAt,
          },
        });
        await recordAudit(
          tx,
          { actorId: viewer.userId, ip: request.ip },
          {
            action: 'serviceRecord.evidence.upload',
            entityType: 'ServiceRecord',
            entityId: record.id,
            data: {
              fileName: file.fileName,
              mimeType: file.mimeType,
              sizeBytes: file.sizeBytes,
              sha256: file.sha256,
              replaced: record.evidenceSha256,
            },
          },
        );
      });
      return reply.code(201).send({
        fileName: file.fileName,
        contentType: file.mimeType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        uploadedAt: uploadedAt.toISOString(),
      });
    },
  );

  app.get<{ Params: { serviceRecordId: string } }>(
    '/service-records/:serviceRecordId/evidence',
    async (request, reply) => {
      const viewer = await viewerFromRequest(request);
      if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
      const record = await load(request.params.serviceRecordId);
      if (
        !record ||
        !record.evidenceStorageKey ||
        !(await canSeeRecordsOf(viewer, record.accreditation.organisationId))
      )
        return sendFailure(
          reply,
          404,
          'NOT_FOUND',
          '未找到该文件，或您无权查看。',
          'No such file, or you may not see it.',
        );
      return sendStoredFile(request, reply, fileStore, {
        storageKey: record.evidenceStorageKey,
        fileName: record.evidenceFileName ?? 'evidence',
        mimeType: record.evidenceMimeType ?? 'application/octet-stream',
      });
    },
  );
}
