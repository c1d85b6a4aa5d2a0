import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { viewerFromRequest } from './auth/session.js';
import type { Context } from './context.js';
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
    }),
  });

  await serveSpa(app, options.adminDist, '/admin/');
  await serveSpa(app, options.portalDist, '/');
  return app;
}

// A single-page app: its files under `prefix`, and index.html for any other path below it so
// client-side routes survive a reload.
async function serveSpa(app: FastifyInstance, dist: string | undefined, prefix: string): Promise<void> {
  if (!dist || !existsSync(join(dist, 'index.html'))) {
    app.log.warn({ prefix, dist }, 'front end not built; not serving it');
    return;
  }
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, { root: dist, prefix, wildcard: false });
    scope.get(`${prefix}*`, (_request, reply) => reply.type('text/html').sendFile('index.html', dist));
    if (prefix !== '/') scope.get(prefix.replace(/\/$/, ''), (_request, reply) => reply.redirect(prefix));
  });
}
