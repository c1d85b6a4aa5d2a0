import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { viewerFromRequest } from './auth/session.js';
import { localeFromHeader, type Context } from './context.js';
import { schema } from './schema.js';

export type ServerOptions = {
  databaseKind: 'pglite' | 'postgresql';
  // Built front ends; served when their index.html exists.
  adminDist?: string;
  portalDist?: string;
  logLevel?: string;
  // Set behind a load balancer so request.ip and request.protocol come from X-Forwarded-*.
  trustProxy?: boolean;
};

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    // Two log lines per request drown the start-up output; LOG_LEVEL=debug brings them back.
    disableRequestLogging: !['debug', 'trace'].includes(options.logLevel ?? 'info'),
    trustProxy: options.trustProxy ?? false,
    // Uploads go through their own route; GraphQL bodies stay small.
    bodyLimit: 1024 * 1024,
  });
  await app.register(fastifyCookie);

  app.get('/healthz', async () => ({ status: 'ok', database: options.databaseKind }));

  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [fastifyApolloDrainPlugin(app)],
    // Introspection stays on: analysts and the front-end tooling read the schema.
    introspection: true,
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request, reply) => ({
      viewer: await viewerFromRequest(request),
      request,
      reply,
      ip: request.ip,
      locale: localeFromHeader(request.headers['accept-language']),
    }),
  });

  await serveSpa(app, options.adminDist, '/admin/');
  await serveSpa(app, options.portalDist, '/');
  return app;
}

// A single-page app under `prefix`: its files as they are on disk now (a rebuild needs no
// restart), and index.html for client-side routes so a reload keeps the page. A missing file
// with an extension (a stale asset) is a real 404, not HTML.
async function serveSpa(app: FastifyInstance, dist: string | undefined, prefix: string): Promise<void> {
  if (!dist || !existsSync(join(dist, 'index.html'))) {
    app.log.warn({ prefix, dist }, 'front end not built; not serving it');
    return;
  }
  await app.register(
    async (scope) => {
      await scope.register(fastifyStatic, {
        root: dist,
        prefix: '/',
        index: ['index.html'],
        cacheControl: false,
        // Vite fingerprints everything under assets/, so those can be cached for good;
        // index.html must be revalidated to pick up a new build.
        setHeaders: (res, path) => {
          res.setHeader('cache-control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
      scope.setNotFoundHandler((request, reply) => {
        const path = request.url.split('?')[0] ?? '';
        if (request.method !== 'GET' || /\.[a-z0-9]+$/i.test(path)) {
          return reply.code(404).send({ error: 'Not Found', path });
        }
        return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html', dist);
      });
    },
    { prefix: prefix === '/' ? '' : prefix.replace(/\/$/, '') },
  );
}
