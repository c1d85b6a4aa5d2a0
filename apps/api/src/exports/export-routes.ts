import type { FastifyInstance } from 'fastify';
import { viewerFromRequest } from '../auth/session.js';
import { todayInShanghai } from '../clock.js';
import { csvStream, exportList, xlsxStream } from './exporter.js';
import './lists.js';
import './more-lists.js';
import '../modules/national-recommendation/national-recommendation.routes.js';
import '../modules/national-recommendation/recommendation-exports.js';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * GET /api/exports/<list>.csv|.xlsx?<the list's filters> — the session cookie or a personal
 * access token. 401 signed out, 404 an unknown list or one the caller may not export.
 */
export async function registerExportRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { file: string }; Querystring: Record<string, string | undefined> }>(
    '/api/exports/:file',
    async (request, reply) => {
      const match = /^([a-z0-9-]+)\.(csv|xlsx)$/.exec(request.params.file);
      const list = match ? exportList(match[1] ?? '') : undefined;
      const viewer = await viewerFromRequest(request);
      if (!viewer) return reply.code(401).send({ error: 'sign-in required' });
      if (!match || !list || !list.allowed(viewer)) return reply.code(404).send({ error: 'Not Found' });
      const format = match[2] as 'csv' | 'xlsx';
      let filter: unknown;
      try {
        filter = list.filter(request.query, viewer);
      } catch (error) {
        return reply.code(400).send({ error: (error as Error).message });
      }
      // the Beijing date: an export made at 05:36 Beijing time on 8 December is dated the 8th
      const stamp = todayInShanghai();
      const fileName = `${list.title}-${stamp}.${format}`;
      const onError = (error: unknown) => request.log.error({ err: error, list: list.name }, 'export failed');
      const body = format === 'csv' ? csvStream(list, filter, onError) : xlsxStream(list, filter, onError);
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header(
          'content-disposition',
          `attachment; filename="${list.name}.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
