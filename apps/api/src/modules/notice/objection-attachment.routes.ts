import { encodeGlobalID } from '@pothos/plugin-relay';
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../../audit/record-audit.js';
import { viewerFromRequest } from '../../auth/session.js';
import { todayInShanghai } from '../../clock.js';
import { hasRole } from '../../context.js';
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
import { noticeNotRunning } from './notice-facts.js';
import {
  ATTACHMENT_UPLOADS_PER_ADDRESS_PER_HOUR,
  MAX_ATTACHMENT_BYTES,
  newClaimToken,
  PENDING_ATTACHMENT_MINUTES,
  uploadsLeft,
} from './objection-attachments.js';

const ATTACHMENT_UPLOADS: UploadPolicy = {
  maxBytes: MAX_ATTACHMENT_BYTES,
  checkDeclaredType: true,
  article: 'software',
};

const tooManyUploads = {
  zhCN: `系统规则：同一网络地址每小时最多上传${ATTACHMENT_UPLOADS_PER_ADDRESS_PER_HOUR}个异议附件，请稍后再试或直接联系协会。`,
  en: `A rule of this system: at most ${ATTACHMENT_UPLOADS_PER_ADDRESS_PER_HOUR} objection attachments an hour from one address. Try again later or contact the association directly.`,
};

export type ObjectionAttachmentRoutesOptions = { fileStore: FileStore };

// Registered under /api (api-routes.ts):
// POST /objection-attachments?noticeId=…&applicationId=… — public (Art. 8 objections are lodged
//      signed out), multipart `file`: PDF, JPEG or PNG up to 10 MiB, counted per address. Answers
//      201 { id, token, fileName, contentType, sizeBytes, sha256, expiresAt }; the token goes into
//      lodgeObjection's attachmentTokens, which joins the file to the objection.
// GET  /objection-attachments/:id — the file of a lodged objection, administrators only.
export async function objectionAttachmentRoutes(
  app: FastifyInstance,
  { fileStore }: ObjectionAttachmentRoutesOptions,
): Promise<void> {
  await registerUploadParsing(app, MAX_ATTACHMENT_BYTES);

  app.post<{ Querystring: { noticeId?: string; applicationId?: string } }>(
    '/objection-attachments',
    uploadRouteOptions(MAX_ATTACHMENT_BYTES),
    async (request, reply) => {
      const { noticeId, applicationId } = request.query;
      if (!noticeId || !applicationId)
        return sendFailure(
          reply,
          400,
          'NO_ENTRY',
          '请指明异议针对的公示条目（noticeId、applicationId）。',
          'Name the notice entry objected to (noticeId, applicationId).',
        );
      const entry = await prisma().publicNoticeEntry.findUnique({
        where: {
          noticeId_applicationId: {
            noticeId: rawId(noticeId, 'PublicNotice'),
            applicationId: rawId(applicationId, 'Application'),
          },
        },
        select: { id: true, notice: { select: { status: true, publishedOn: true, startsOn: true, endsOn: true } } },
      });
      if (!entry || entry.notice.status === 'DRAFT')
        return sendFailure(reply, 404, 'NOT_FOUND', '未找到该公示条目。', 'No such notice entry.');
      // Files are taken only while objections are: an upload that could never be lodged is refused.
      const closed = noticeNotRunning(entry.notice, todayInShanghai());
      if (closed) return sendFailure(reply, 409, closed.code, closed.message.zhCN, closed.message.en);
      // Count before reading the body, so a flood costs the server no bytes; counted again under the lock.
      if (!(await uploadsLeft(prisma() as never, request.ip, false)))
        return sendFailure(reply, 429, 'TOO_MANY_UPLOADS', tooManyUploads.zhCN, tooManyUploads.en);

      const received = await receiveAndStore(request, fileStore, ATTACHMENT_UPLOADS);
      if (!received.ok) return sendRefusal(request, reply, received.refusal);
      const file = received.file;
      const { token, hash } = newClaimToken();
      const expiresAt = new Date(Date.now() + PENDING_ATTACHMENT_MINUTES * 60_000);

      const created = await prisma().$transaction(async (tx) => {
        if (!(await uploadsLeft(tx, request.ip, true))) return null;
        const row = await tx.objectionAttachment.create({
          data: {
            claimTokenHash: hash,
            expiresAt,
            uploadedFromIp: request.ip,
            fileName: file.fileName,
            mimeType: file.mimeType,
            sizeBytes: file.sizeBytes,
            sha256: file.sha256,
            storageKey: file.storageKey,
          },
        });
        // Like the objection's own record: that a file came in, and its fingerprint; not who sent it.
        await recordAudit(
          tx,
          { actorId: null, ip: request.ip },
          {
            action: 'objection.attachment.upload',
            entityType: 'ObjectionAttachment',
            entityId: row.id,
            data: {
              entryId: entry.id,
              fileName: file.fileName,
              mimeType: file.mimeType,
              sizeBytes: file.sizeBytes,
              sha256: file.sha256,
            },
          },
        );
        return row;
      });
      if (!created) return sendFailure(reply, 429, 'TOO_MANY_UPLOADS', tooManyUploads.zhCN, tooManyUploads.en);
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({
          id: encodeGlobalID('ObjectionAttachment', created.id),
          token,
          fileName: file.fileName,
          contentType: file.mimeType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          expiresAt: expiresAt.toISOString(),
        });
    },
  );

  app.get<{ Params: { attachmentId: string } }>('/objection-attachments/:attachmentId', async (request, reply) => {
    const viewer = await viewerFromRequest(request);
    if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
    // Objectors' files may name people, as their names and contacts do: administrators only.
    const attachment = hasRole(viewer, 'ADMIN')
      ? await prisma().objectionAttachment.findFirst({
          where: { id: rawId(request.params.attachmentId, 'ObjectionAttachment'), objectionId: { not: null } },
          select: { storageKey: true, fileName: true, mimeType: true },
        })
      : null;
    if (!attachment)
      return sendFailure(
        reply,
        404,
        'NOT_FOUND',
        '未找到该文件，或您无权查看。',
        'No such file, or you may not see it.',
      );
    return sendStoredFile(request, reply, fileStore, attachment);
  });
}
