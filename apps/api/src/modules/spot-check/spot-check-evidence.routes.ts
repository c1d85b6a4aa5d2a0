import { encodeGlobalID } from '@pothos/plugin-relay';
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
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, mayChangeEvidence, mayReadEvidence } from './spot-check-evidence.js';

const EVIDENCE_UPLOADS: UploadPolicy = { maxBytes: MAX_EVIDENCE_BYTES, checkDeclaredType: true, article: 'software' };

const notFound = { zhCN: '未找到该抽查，或您无权查看。', en: 'No such spot check, or you may not see it.' };

export type SpotCheckEvidenceRoutesOptions = { fileStore: FileStore };

// Registered under /api (api-routes.ts):
// POST /spot-checks/:spotCheckId/evidence — the holder's members, while they may answer the
//      evidence request (Art. 13): multipart `file`, PDF, JPEG or PNG up to 20 MiB, 20 files a check.
// GET  /spot-check-evidence/:fileId — the file, to the holder's members and administrators.
export async function spotCheckEvidenceRoutes(
  app: FastifyInstance,
  { fileStore }: SpotCheckEvidenceRoutesOptions,
): Promise<void> {
  await registerUploadParsing(app, MAX_EVIDENCE_BYTES);

  app.post<{ Params: { spotCheckId: string } }>(
    '/spot-checks/:spotCheckId/evidence',
    uploadRouteOptions(MAX_EVIDENCE_BYTES),
    async (request, reply) => {
      const viewer = await viewerFromRequest(request);
      if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
      const check = await prisma().spotCheck.findUnique({
        where: { id: rawId(request.params.spotCheckId, 'SpotCheck') },
        select: { id: true, status: true, accreditation: { select: { organisationId: true } } },
      });
      if (!check || !mayReadEvidence(viewer, check.accreditation.organisationId))
        return sendFailure(reply, 404, 'NOT_FOUND', notFound.zhCN, notFound.en);
      if (!mayChangeEvidence(viewer, { status: check.status, organisationId: check.accreditation.organisationId })) {
        return sendFailure(
          reply,
          409,
          'NOT_ANSWERABLE',
          '第十三条：该抽查现在不接受材料（尚未要求提交材料，或结果已记录）。',
          'Art. 13: this spot check takes no evidence now (none was requested yet, or the result is recorded).',
        );
      }
      const count = await prisma().spotCheckEvidenceFile.count({ where: { spotCheckId: check.id, removedAt: null } });
      if (count >= MAX_EVIDENCE_FILES)
        return sendFailure(
          reply,
          409,
          'TOO_MANY_FILES',
          `每项抽查最多上传${MAX_EVIDENCE_FILES}个文件。`,
          `At most ${MAX_EVIDENCE_FILES} files to a spot check.`,
        );

      const received = await receiveAndStore(request, fileStore, EVIDENCE_UPLOADS);
      if (!received.ok) return sendRefusal(request, reply, received.refusal);
      const file = received.file;
      const created = await prisma().$transaction(async (tx) => {
        const row = await tx.spotCheckEvidenceFile.create({
          data: {
            spotCheckId: check.id,
            fileName: file.fileName,
            mimeType: file.mimeType,
            sizeBytes: file.sizeBytes,
            sha256: file.sha256,
            storageKey: file.storageKey,
            uploadedById: viewer.userId,
          },
        });
        await recordAudit(
          tx,
          { actorId: viewer.userId, ip: request.ip },
          {
            action: 'spotCheck.evidence.upload',
            entityType: 'SpotCheckEvidenceFile',
            entityId: row.id,
            data: {
              spotCheckId: check.id,
              fileName: file.fileName,
              mimeType: file.mimeType,
              sizeBytes: file.sizeBytes,
              sha256: file.sha256,
            },
          },
        );
        return row;
      });
      return reply.code(201).send({
        id: encodeGlobalID('SpotCheckEvidenceFile', created.id),
        fileName: file.fileName,
        contentType: file.mimeType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        uploadedAt: created.uploadedAt.toISOString(),
      });
    },
  );

  app.get<{ Params: { fileId: string } }>('/spot-check-evidence/:fileId', async (request, reply) => {
    const viewer = await viewerFromRequest(request);
    if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
    const file = await prisma().spotCheckEvidenceFile.findFirst({
      where: { id: rawId(request.params.fileId, 'SpotCheckEvidenceFile'), removedAt: null },
      select: {
        storageKey: true,
        fileName: true,
        mimeType: true,
        spotCheck: { select: { accreditation: { select: { organisationId: true } } } },
      },
    });
    if (!file || !mayReadEvidence(viewer, file.spotCheck.accreditation.organisationId)) {
      return sendFailure(
        reply,
        404,
        'NOT_FOUND',
        '未找到该文件，或您无权查看。',
        'No such file, or you may not see it.',
      );
    }
    return sendStoredFile(request, reply, fileStore, file);
  });
}
