import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { readOnlyTokens } from './auth/api-token.js';
import { viewerFromRequest } from './auth/session.js';
import { registerExportRoutes } from './exports/export-routes.js';
import { localeFromHeader, type Context } from './context.js';
import { prisma } from './db.js';
import { registerCertificateRoutes } from './modules/certificate/certificate.routes.js';
import { registerPublicationRoutes } from './modules/publication/publication.routes.js';
import { schema } from './schema.js';
import { sessionSettings } from './settings.js';
import { armorProtection } from './security/armor.js';
import { errorLoggingPlugin, fastifyErrorHandler, makeFormatError } from './security/error-masking.js';
import { registerSecurityHeaders } from './security/headers.js';
import { noNulInStringLiterals, rejectNulBytes } from './security/input-guard.js';
import { rejectQueryBombs } from './security/query-guard.js';
import { introspectionGate } from './security/introspection.js';
import { apiRoutes } from './http/api-routes.js';
import { redirectBrowsersToExplorer } from './http/explorer-redirect.js';
import { serveSpa } from './http/static-assets.js';
import { registerPublicPages } from './public-pages/public-pages.routes.js';
import { temporaryFileStore, type FileStore } from './storage/index.js';

// GraphQL documents of both front ends are a few KB; 100 KB leaves room for long texts in
// variables while a megabyte-sized bomb is refused before it is parsed.
export const GRAPHQL_BODY_LIMIT = 100 * 1024;

export type ServerOptions = {
  databaseKind: 'pglite' | 'postgresql';
  // Built front ends; served when their index.html exists.
  adminDist?: string;
  portalDist?: string;
  logLevel?: string;
  // Addresses/CIDRs of reverse proxies whose X-Forwarded-* are believed; none by default, so a
  // client cannot choose the address stored in the audit trail.
  trustProxy?: readonly string[];
  // Stack traces and raw messages of unexpected errors to the client: only `npm run dev`.
  exposeErrorDetails?: boolean;
  // Who may introspect the schema: everyone (development) or signed-in staff (default).
  introspection?: 'all' | 'staff';
  // Where uploaded materials are kept (storage/); a fresh temporary directory when absent.
  fileStore?: FileStore;
  // PUBLIC_ORIGIN: the origin of absolute links in feeds and the certificate's QR code.
  publicOrigin?: string;
  // Where log lines go (tests read them); stdout by default.
  logStream?: { write(line: string): void };
};

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const exposeDetails = options.exposeErrorDetails ?? false;
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // The request id is the correlation id a masked error shows the caller.
    genReqId: () => randomUUID(),
    // Two log lines per request drown the start-up output; LOG_LEVEL=debug brings them back.
    logController: new LogController({
      disableRequestLogging: !['debug', 'trace'].includes(options.logLevel ?? 'info'),
    }),
    trustProxy: options.trustProxy && options.trustProxy.length > 0 ? [...options.trustProxy] : false,
    // Uploads go through their own route with their own limit; /graphql has a smaller one.
    bodyLimit: 1024 * 1024,
  });
  app.setErrorHandler(fastifyErrorHandler(exposeDetails));
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);

  // Liveness: the process answers. Readiness: it can serve requests now (database reachable,
  // not shutting down), so a load balancer stops sending work before SIGTERM's drain.
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.get('/healthz', async () => ({ status: 'ok', database: options.databaseKind }));
  app.get('/readyz', async (_request, reply) => {
    if (draining) return reply.code(503).send({ status: 'draining' });
    try {
      await prisma().$queryRaw`SELECT 1`;
    } catch (error) {
      app.log.error({ event: 'readiness.database', err: error }, 'database not reachable');
      return reply.code(503).send({ status: 'database unavailable' });
    }
    return { status: 'ready', database: options.databaseKind };
  });

  const armor = armorProtection();
  const apollo = new ApolloServer<Context>({
    schema,
    ...armor,
    validationRules: [...armor.validationRules, noNulInStringLiterals],
    plugins: [
      fastifyApolloDrainPlugin(app),
      ...armor.plugins,
      introspectionGate(options.introspection ?? 'staff'),
      errorLoggingPlugin(app.log),
      readOnlyTokens(),
      // Apollo installs cache-control by default, and its per-field hook wraps every resolver
      // (the largest Apollo frame in the list's CPU profile); responses here are never HTTP-cached.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads Sandbox from a CDN that intranets cannot reach.
      ApolloServerPluginLandingPageDisabled(),
    ],
    // Gated per request by introspectionGate rather than for everyone.
    introspection: true,
    // Apollo's own SIGTERM handler stops it and then re-raises the signal, which killed the
    // process (exit 143) before app.ts's shutdown had finished requests, jobs and the
    // database. app.ts owns the signals; app.close() drains.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: exposeDetails,
    formatError: makeFormatError(app.log, exposeDetails),
  });
  await apollo.start();
  redirectBrowsersToExplorer(app);
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    bodyLimit: GRAPHQL_BODY_LIMIT,
    // Both refuse before the context (session lookup) is built or Apollo sees the request.
    preValidation: [rejectNulBytes, rejectQueryBombs],
    handler: fastifyApolloHandler<Context>(apollo, {
      context: async (request, reply) => ({
        viewer: await viewerFromRequest(request, sessionSettings()),
        request,
        reply,
        ip: request.ip,
        locale: localeFromHeader(request.headers['accept-language']),
      }),
    }),
  });

  await app.register(apiRoutes, { prefix: '/api', fileStore: options.fileStore ?? (await temporaryFileStore()) });
  await registerCertificateRoutes(app, { publicOrigin: options.publicOrigin });
  await registerPublicationRoutes(app, { publicOrigin: options.publicOrigin });

  await registerExportRoutes(app);
  await serveSpa(app, options.adminDist, '/admin/');
  // The public pages a phone opens first are HTML from here, without the portal's script (public-pages/).
  await serveSpa(app, options.portalDist, '/', registerPublicPages);
  return app;
}
