import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { viewerFromRequest } from '../../auth/session.js';
import { hasRole } from '../../context.js';
import { readFilePart, sendFailure } from '../../storage/receive-upload.js';
import { importTemplateCsv, importTemplateXlsx } from './import-file.js';
import { parseImportFileIsolated } from './import-file-isolated.js';

/** A spreadsheet of a few thousand titles is well under this. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Registered under /api (api-routes.ts), administrators only:
// GET  /imports/accreditations/template.xlsx|.csv — the template with Chinese headers;
// POST /imports/accreditations/parse — multipart `file` (XLSX or CSV) → { rows, problems } with
//      each row's line in the file. Nothing is stored: the console previews the rows, asks
//      importAccreditations(dryRun) for the database checks, then imports all rows or none.
export async function importRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, parts: 6 } });

  app.get<{ Params: { format: string } }>('/imports/accreditations/template.:format', async (request, reply) => {
    const viewer = await viewerFromRequest(request);
    if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
    if (!hasRole(viewer, 'ADMIN')) return sendFailure(reply, 404, 'NOT_FOUND', '未找到', 'Not found');
    const name = encodeURIComponent('示范平台称号导入模板');
    if (request.params.format === 'xlsx') {
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="accreditations-template.xlsx"; filename*=UTF-8''${name}.xlsx`,
        )
        .header('cache-control', 'no-store')
        .send(await importTemplateXlsx());
    }
    if (request.params.format === 'csv') {
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="accreditations-template.csv"; filename*=UTF-8''${name}.csv`,
        )
        .header('cache-control', 'no-store')
        .send(importTemplateCsv());
    }
    return sendFailure(reply, 404, 'NOT_FOUND', '未找到', 'Not found');
  });

  app.post('/imports/accreditations/parse', { bodyLimit: MAX_IMPORT_BYTES + 1024 * 1024 }, async (request, reply) => {
    const viewer = await viewerFromRequest(request);
    if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
    if (!hasRole(viewer, 'ADMIN')) return sendFailure(reply, 404, 'NOT_FOUND', '未找到', 'Not found');
    if (!request.isMultipart())
      return sendFailure(
        reply,
        400,
        'NO_FILE',
        '请选择要导入的文件（表单字段 file）。',
        'Send the file as multipart part "file".',
      );
    let bytes: Buffer | undefined;
    try {
      bytes = (await readFilePart(request))?.bytes;
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        reply.header('connection', 'close');
        return sendFailure(reply, 413, 'FILE_TOO_LARGE', '文件超过 5 MiB。', 'The file is larger than 5 MiB.');
      }
      throw error;
    }
    if (!bytes || bytes.length === 0)
      return sendFailure(
        reply,
        400,
        'NO_FILE',
        '请选择要导入的文件（表单字段 file）。',
        'Send the file as multipart part "file".',
      );
    const read = await parseImportFileIsolated(bytes);
    if (!read.ok) return sendFailure(reply, read.refusal.status, read.refusal.code, read.refusal.zhCN, read.refusal.en);
    return reply.header('cache-control', 'no-store').send(read.parsed);
  });
}
