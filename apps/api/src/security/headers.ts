import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Browser security headers for every route (API and both front ends). The apps are built by
// Vite into same-origin scripts; antd (CSS-in-JS) writes inline <style> elements and style
// attributes, so 'unsafe-inline' is allowed for styles only, never for scripts.
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // the portal previews an uploaded PDF from a blob: URL it fetched (the download route is `attachment`)
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only means something over HTTPS and must not pin a plain-HTTP intranet host: sent
    // below when the request itself came over TLS (directly or via a trusted proxy).
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}
