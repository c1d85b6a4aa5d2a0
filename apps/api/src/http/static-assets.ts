import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Routes a front end adds in its own scope (where `reply.sendFile` serves its dist). */
export type ExtraRoutes = (scope: FastifyInstance, dist: string) => Promise<void>;

// A single-page app under `prefix`: its files as they are on disk now (a rebuild needs no
// restart), and index.html for client-side routes so a reload keeps the page. A missing file
// with an extension (a stale asset) is a real 404, not HTML.
//
// The build writes a brotli and a gzip copy beside each file (vite-plugin-compression2,
// docs/performance.md); the copy the request's Accept-Encoding takes is sent as it is, so
// nothing is compressed per request. Every answer varies by Accept-Encoding, so a shared cache
// never hands brotli to a client that asked for none. Vite fingerprints everything under
// assets/, so those are cached for good; HTML is revalidated to pick up a new build.
export async function serveSpa(
  app: FastifyInstance,
  dist: string | undefined,
  prefix: string,
  extraRoutes?: ExtraRoutes,
): Promise<void> {
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
        preCompressed: true,
        setHeaders: (res, path) => {
          res.setHeader('vary', 'Accept-Encoding');
          res.setHeader('cache-control', assetCacheControl(path));
        },
      });
      if (extraRoutes) await extraRoutes(scope, dist);
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

/** Fingerprinted files (dist/assets/…) never change under their name; everything else may. */
export function assetCacheControl(path: string): string {
  return path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
