import type { FastifyInstance } from 'fastify';
import { localeFromHeader } from '../context.js';
import { materialRoutes } from '../modules/material/material.routes.js';
import { objectionAttachmentRoutes } from '../modules/notice/objection-attachment.routes.js';
import { importRoutes } from '../modules/title-import/title-import.routes.js';
import { spotCheckEvidenceRoutes } from '../modules/spot-check/spot-check-evidence.routes.js';
import { applicationFormRoutes } from '../modules/application/application-forms.routes.js';
import { serviceRecordEvidenceRoutes } from '../modules/service-record/service-record-evidence.routes.js';
import { annualReportRoutes } from '../modules/annual-report/annual-report.routes.js';
import { recommendationRoutes } from '../modules/national-recommendation/recommendation.routes.js';
import type { FileStore } from '../storage/file-store.js';

export type ApiRoutesOptions = { fileStore: FileStore };

// HTTP routes under /api/ beside /graphql (files travel here, not through GraphQL). Like
// /graphql, every non-GET request must carry `apollo-require-preflight: true` (docs/security.md): a
// cross-site form cannot set a custom header, so this blocks CSRF with the session cookie.
export async function apiRoutes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    if (request.headers['apollo-require-preflight'] !== 'true') {
      // The body is read and dropped and the connection stays open: on Node 24 a connection closed
      // while the client was still sending made the client see a broken pipe, not this answer.
      request.raw.resume();
      return reply.code(400).send({
        error: 'PREFLIGHT_REQUIRED',
        message:
          localeFromHeader(request.headers['accept-language']) === 'EN'
            ? 'This request needs the header apollo-require-preflight: true.'
            : '请求缺少 apollo-require-preflight: true 头。',
        messageEn: 'This request needs the header apollo-require-preflight: true.',
      });
    }
  });
  await app.register(materialRoutes, { fileStore: options.fileStore });
  await app.register(objectionAttachmentRoutes, { fileStore: options.fileStore });
  await app.register(spotCheckEvidenceRoutes, { fileStore: options.fileStore });
  await app.register(importRoutes);
  await app.register(applicationFormRoutes);
  await app.register(serviceRecordEvidenceRoutes, { fileStore: options.fileStore });
  await app.register(annualReportRoutes);
  await app.register(recommendationRoutes);
}
