import fastifyMultipart from '@fastify/multipart';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { EDITABLE_STATUSES, normaliseMimeType, type ApplicationStatus } from '@sme/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../audit/record-audit.js';
import { viewerFromRequest } from '../../auth/session.js';
import { prisma } from '../../db.js';
import type { FileStore } from '../../storage/file-store.js';
import { sha256Of } from '../../storage/file-store.js';
import { applicationPartiesOf, loadApplication, toLoadedApplication, applicationPartySelect } from '../../workflow/load-application.js';
import { attachmentHeader, sanitiseFileName } from './file-name.js';
import { materialKindOf } from './material-kinds.js';

/** Art. 7 materials are scans: 20 MiB is generous for a sealed, scanned form. */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** A route id given either as a global ID (`TWF0…`) or as the raw database id. */
export function rawId(value: string, typename: string): string {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // not base64: a raw id
  }
  return value;
}

function fail(reply: FastifyReply, status: number, code: string, zhCN: string, en: string) {
  return reply.code(status).send({ error: code, message: zhCN, messageEn: en });
}

export type MaterialRoutesOptions = { fileStore: FileStore };

// POST /applications/:applicationId/materials/:kind and GET /materials/:materialVersionId
// (CONTRACT.md), registered under /api.
export async function materialRoutes(app: FastifyInstance, { fileStore }: MaterialRoutesOptions): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_MATERIAL_BYTES, files: 1, fields: 10, parts: 12, fieldSize: 4096 },
  });

  // `?document=new` adds another document of the kind (several files of evidence, certificates…);
  // `?document=<id>` uploads a new version of that document; without it, a new version of the
  // kind's first document (one file per kind, as CONTRACT.md describes).
  app.post<{ Params: { applicationId: string; kind: string }; Querystring: { document?: string } }>(
    '/applications/:applicationId/materials/:kind',
    // The body is streamed by the handler; this limit only guards a non-multipart body.
    { bodyLimit: MAX_MATERIAL_BYTES + 1024 * 1024 },
    async (request, reply) => {
      const viewer = await viewerFromRequest(request);
      if (!viewer) return fail(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
      const kind = materialKindOf(request.params.kind);
      if (kind === null) return fail(reply, 400, 'UNKNOWN_KIND', '未知的材料类别', 'Unknown material kind');

      const app = await loadApplication(prisma() as never, rawId(request.params.applicationId, 'Application'));
      if (!app || !applicationPartiesOf(viewer, app).includes('APPLICANT')) {
        return fail(reply, 404, 'NOT_FOUND', '未找到该申报，或您无权查看。', 'No such application, or you may not see it.');
      }
      if (!EDITABLE_STATUSES.materials.includes(app.status as ApplicationStatus)) {
        return fail(reply, 409, 'NOT_EDITABLE', `申报状态为“${app.status}”，现在不能上传材料。`, `The application is ${app.status}; materials cannot be uploaded now.`);
      }
      // Refuse an oversized body before reading it, when the client says its size.
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > MAX_MATERIAL_BYTES + 64 * 1024) return tooLarge(reply, request);
      if (!request.isMultipart()) return fail(reply, 400, 'NO_FILE', '请选择要上传的文件（表单字段 file）。', 'Send the file as multipart part "file".');

      let bytes: Buffer | null = null;
      let clientName: string | undefined;
      try {
        for await (const part of request.parts()) {
          if (part.type !== 'file') continue;
          if (part.fieldname !== 'file' || bytes) {
            part.file.resume();
            continue;
          }
          clientName = part.filename;
          bytes = await part.toBuffer();
        }
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(reply, request);
        if ((error as { code?: string }).code === 'FST_FILES_LIMIT' || (error as { code?: string }).code === 'FST_PARTS_LIMIT') {
          return fail(reply, 400, 'TOO_MANY_PARTS', '一次只能上传一个文件。', 'Upload one file at a time.');
        }
        throw error;
      }
      if (!bytes || bytes.length === 0) return fail(reply, 400, 'NO_FILE', '请选择要上传的文件（表单字段 file）。', 'Send the file as multipart part "file".');

      // The bytes decide what the file is, never its name or declared type (Art. 7 reading).
      const { fileTypeFromBuffer } = await import('file-type'); // on first upload, not at start-up
      const detected = await fileTypeFromBuffer(bytes);
      const mimeType = detected ? normaliseMimeType(detected.mime) : null;
      if (!mimeType) {
        return fail(reply, 415, 'UNSUPPORTED_FILE_TYPE', '第七条：仅接受 PDF、JPEG、PNG 文件（按文件内容识别）。', 'Art. 7: only PDF, JPEG and PNG files are accepted (recognised by content).');
      }
      const sha256 = sha256Of(bytes);
      const fileName = sanitiseFileName(clientName, mimeType);
      const storageKey = await fileStore.put(bytes, sha256);
      const sizeBytes = bytes.length;

      const document = typeof request.query.document === 'string' && request.query.document !== '' ? request.query.document : null;
      if (document && document !== 'new') {
        const exists = await prisma().material.findFirst({ where: { id: rawId(document, 'MaterialDocument'), applicationId: app.id, kind, removedAt: null }, select: { id: true } });
        if (!exists) return fail(reply, 404, 'NOT_FOUND', '未找到该材料文件。', 'No such document of this kind.');
      }

      const created = await prisma().$transaction(async (tx) => {
        const material =
          document === 'new'
            ? await tx.material.create({ data: { applicationId: app.id, kind } })
            : document
              ? await tx.material.findFirstOrThrow({ where: { id: rawId(document, 'MaterialDocument'), applicationId: app.id, kind, removedAt: null } })
              : ((await tx.material.findFirst({ where: { applicationId: app.id, kind, removedAt: null }, orderBy: { createdAt: 'asc' } })) ??
                (await tx.material.create({ data: { applicationId: app.id, kind } })));
        const last = await tx.materialVersion.findFirst({ where: { materialId: material.id }, orderBy: { version: 'desc' }, select: { version: true } });
        const now = new Date();
        await tx.materialVersion.updateMany({ where: { materialId: material.id, supersededAt: null }, data: { supersededAt: now } });
        const version = await tx.materialVersion.create({
          data: { materialId: material.id, version: (last?.version ?? 0) + 1, fileName, mimeType, sizeBytes, sha256, storageKey, uploadedById: viewer.userId, uploadedAt: now },
        });
        await tx.application.update({ where: { id: app.id }, data: { updatedAt: now } });
        await recordAudit(tx, { actorId: viewer.userId, ip: request.ip }, {
          action: 'material.upload',
          entityType: 'MaterialVersion',
          entityId: version.id,
          data: { applicationId: app.id, kind: request.params.kind, documentId: material.id, version: version.version, fileName, mimeType, sizeBytes, sha256 },
        });
        return version;
      });
      return reply.code(201).send({
        id: encodeGlobalID('MaterialVersion', created.id),
        documentId: encodeGlobalID('MaterialDocument', created.materialId),
        kind: request.params.kind,
        version: created.version,
        fileName,
        contentType: mimeType,
        sizeBytes,
        sha256,
        uploadedAt: created.uploadedAt.toISOString(),
      });
    },
  );

  app.get<{ Params: { materialVersionId: string } }>('/materials/:materialVersionId', async (request, reply) => {
    const viewer = await viewerFromRequest(request);
    if (!viewer) return fail(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
    const version = await prisma().materialVersion.findUnique({
      where: { id: rawId(request.params.materialVersionId, 'MaterialVersion') },
      select: { fileName: true, mimeType: true, storageKey: true, sizeBytes: true, material: { select: { application: { select: applicationPartySelect } } } },
    });
    // Applicant's members, the recommending unit's staff, assigned reviewers and administrators.
    const parties = version ? applicationPartiesOf(viewer, toLoadedApplication(version.material.application)) : [];
    if (!version || parties.length === 0) return fail(reply, 404, 'NOT_FOUND', '未找到该文件，或您无权查看。', 'No such file, or you may not see it.');
    const bytes = await fileStore.get(version.storageKey);
    if (!bytes) {
      request.log.error({ event: 'material.blobMissing', storageKey: version.storageKey }, 'stored file missing');
      return fail(reply, 404, 'NOT_FOUND', '文件不存在。', 'The file is missing.');
    }
    return reply
      .header('content-type', version.mimeType)
      .header('content-disposition', attachmentHeader(version.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(bytes);
  });
}

function tooLarge(reply: FastifyReply, request: FastifyRequest) {
  // The rest of the body is not read; close the connection so the client stops sending it.
  reply.header('connection', 'close');
  request.raw.resume();
  return fail(reply, 413, 'FILE_TOO_LARGE', '文件超过 20 MiB，未保存。', 'The file is larger than 20 MiB and was not stored.');
}
