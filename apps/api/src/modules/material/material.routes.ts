import { encodeGlobalID } from '@pothos/plugin-relay';
import { APPLICATION_STATUS_NAMES, EDITABLE_STATUSES, type ApplicationStatus } from '@sme/domain';
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../../audit/record-audit.js';
import { viewerFromRequest } from '../../auth/session.js';
import { mayReadApplicationFile } from '../../security/application-access.js';
import { prisma } from '../../db.js';
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
import {
  applicationPartiesOf,
  loadApplication,
  toLoadedApplication,
  applicationPartySelect,
} from '../../workflow/load-application.js';
import { materialKindOf } from './material-kinds.js';
import { rawId } from '../../http/route-id.js';

/** Art. 7 materials are scans: 20 MiB is generous for a sealed, scanned form. */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

const fail = sendFailure;

const MATERIAL_UPLOADS: UploadPolicy = { maxBytes: MAX_MATERIAL_BYTES, checkDeclaredType: false, article: 'Art. 7' };

export type MaterialRoutesOptions = { fileStore: FileStore };

// POST /applications/:applicationId/materials/:kind and GET /materials/:materialVersionId
// (the portal's upload routes), registered under /api.
export async function materialRoutes(app: FastifyInstance, { fileStore }: MaterialRoutesOptions): Promise<void> {
  await registerUploadParsing(app, MAX_MATERIAL_BYTES);

  // `?document=new` adds another document of the kind (several files of evidence, certificates…);
  // `?document=<id>` uploads a new version of that document; without it, a new version of the
  // kind's first document (one file per kind, for clients that send no `?document`).
  app.post<{ Params: { applicationId: string; kind: string }; Querystring: { document?: string } }>(
    '/applications/:applicationId/materials/:kind',
    uploadRouteOptions(MAX_MATERIAL_BYTES),
    async (request, reply) => {
      const viewer = await viewerFromRequest(request);
      if (!viewer) return fail(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
      const kind = materialKindOf(request.params.kind);
      if (kind === null) return fail(reply, 400, 'UNKNOWN_KIND', '未知的材料类别', 'Unknown material kind');

      const app = await loadApplication(prisma() as never, rawId(request.params.applicationId, 'Application'));
      if (!app || !applicationPartiesOf(viewer, app).includes('APPLICANT')) {
        return fail(
          reply,
          404,
          'NOT_FOUND',
          '未找到该申报，或您无权查看。',
          'No such application, or you may not see it.',
        );
      }
      if (!EDITABLE_STATUSES.materials.includes(app.status as ApplicationStatus)) {
        return fail(
          reply,
          409,
          'NOT_EDITABLE',
          `申报状态为“${APPLICATION_STATUS_NAMES[app.status as ApplicationStatus].zhCN}”，现在不能上传材料。`,
          `The application is ${APPLICATION_STATUS_NAMES[app.status as ApplicationStatus].en.toLowerCase()}; materials cannot be uploaded now.`,
        );
      }
      const received = await receiveAndStore(request, fileStore, MATERIAL_UPLOADS);
      if (!received.ok) return sendRefusal(request, reply, received.refusal);
      const { fileName, mimeType, sizeBytes, sha256, storageKey } = received.file;

      const document =
        typeof request.query.document === 'string' && request.query.document !== '' ? request.query.document : null;
      if (document && document !== 'new') {
        const exists = await prisma().material.findFirst({
          where: { id: rawId(document, 'MaterialDocument'), applicationId: app.id, kind, removedAt: null },
          select: { id: true },
        });
        if (!exists) return fail(reply, 404, 'NOT_FOUND', '未找到该材料文件。', 'No such document of this kind.');
      }

      const created = await prisma().$transaction(async (tx) => {
        // Uploads to one application take turns: under the application's row lock the first
        // document of a kind is created once and versions are numbered without gaps or clashes,
        // even when several API processes receive uploads of the same kind at once. The status is
        // read again under the lock, so an upload that loses the race to a submission is refused.
        const [locked] = await tx.$queryRaw<
          { status: string }[]
        >`SELECT status FROM "Application" WHERE id = ${app.id} FOR UPDATE`;
        if (!locked || !EDITABLE_STATUSES.materials.includes(locked.status as ApplicationStatus)) return null;
        const material =
          document === 'new'
            ? await tx.material.create({ data: { applicationId: app.id, kind } })
            : document
              ? await tx.material.findFirstOrThrow({
                  where: { id: rawId(document, 'MaterialDocument'), applicationId: app.id, kind, removedAt: null },
                })
              : ((await tx.material.findFirst({
                  where: { applicationId: app.id, kind, removedAt: null },
                  orderBy: { createdAt: 'asc' },
                })) ?? (await tx.material.create({ data: { applicationId: app.id, kind } })));
        const last = await tx.materialVersion.findFirst({
          where: { materialId: material.id },
          orderBy: { version: 'desc' },
          select: { version: true },
        });
        const now = new Date();
        await tx.materialVersion.updateMany({
          where: { materialId: material.id, supersededAt: null },
          data: { supersededAt: now },
        });
        const version = await tx.materialVersion.create({
          data: {
            materialId: material.id,
            version: (last?.version ?? 0) + 1,
            fileName,
            mimeType,
            sizeBytes,
            sha256,
            storageKey,
            uploadedById: viewer.userId,
            uploadedAt: now,
          },
        });
        await tx.application.update({ where: { id: app.id }, data: { updatedAt: now } });
        await recordAudit(
          tx,
          { actorId: viewer.userId, ip: request.ip },
          {
            action: 'material.upload',
            entityType: 'MaterialVersion',
            entityId: version.id,
            data: {
              applicationId: app.id,
              kind: request.params.kind,
              documentId: material.id,
              version: version.version,
              fileName,
              mimeType,
              sizeBytes,
              sha256,
            },
          },
        );
        return version;
      });
      if (!created) {
        return fail(
          reply,
          409,
          'NOT_EDITABLE',
          '该申报刚刚提交或已变更，现在不能上传材料。',
          'The application changed a moment ago; materials cannot be uploaded now.',
        );
      }
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
      select: {
        fileName: true,
        mimeType: true,
        storageKey: true,
        sizeBytes: true,
        material: { select: { application: { select: applicationPartySelect } } },
      },
    });
    // Applicant's members, the recommending unit's staff, assigned reviewers and administrators.
    // A draft's files are its applicant's alone (security/application-access.ts).
    const parties = version ? applicationPartiesOf(viewer, toLoadedApplication(version.material.application)) : [];
    if (
      !version ||
      parties.length === 0 ||
      !mayReadApplicationFile(viewer, toLoadedApplication(version.material.application))
    )
      return fail(reply, 404, 'NOT_FOUND', '未找到该文件，或您无权查看。', 'No such file, or you may not see it.');
    return sendStoredFile(request, reply, fileStore, version);
  });
}
