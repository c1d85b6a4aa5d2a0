// Serving the built front ends: files, client-side routes, and real 404s for missing assets.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.js';

let app: FastifyInstance;
let adminDist: string;

function fakeDist(title: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${title}</title>`);
  writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');
  return dir;
}

beforeAll(async () => {
  adminDist = fakeDist('admin');
  app = await buildServer({ databaseKind: 'pglite', adminDist, portalDist: fakeDist('portal'), logLevel: 'warn' });
});
afterAll(async () => {
  await app.close();
});

describe('front-end hosting', () => {
  it('serves each app at its prefix, with client routes falling back to its index.html', async () => {
    // `/` itself is the light front page for a visitor (public-pages/), the portal for a signed-in one
    expect((await app.inject({ url: '/', cookies: { sme_session: 'x' } })).body).toContain('<title>portal</title>');
    expect((await app.inject('/applications/new')).body).toContain('<title>portal</title>');
    expect((await app.inject('/admin/')).body).toContain('<title>admin</title>');
    expect((await app.inject('/admin/applications?status=DRAFT')).body).toContain('<title>admin</title>');
  });

  it('caches fingerprinted assets for good and revalidates index.html', async () => {
    const asset = await app.inject('/admin/assets/app-1.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject('/admin/')).headers['cache-control']).toBe('no-cache');
  });

  it('serves files added after start-up (a rebuild needs no restart) and 404s a missing asset', async () => {
    writeFileSync(join(adminDist, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await app.inject('/admin/assets/app-2.js')).body).toBe('console.log(2)');
    expect((await app.inject('/admin/assets/gone.js')).statusCode).toBe(404);
  });

  it("sends a browser opening /graphql to the console's offline GraphiQL page, and scripts to the API", async () => {
    const browser = await app.inject({
      method: 'GET',
      url: '/graphql',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(browser.statusCode).toBe(302);
    expect(browser.headers.location).toBe('/admin/explorer');
    expect((await app.inject('/admin/explorer')).body).toContain('<title>admin</title>');
    const script = await app.inject({
      method: 'GET',
      url: '/graphql?query=%7B__typename%7D',
      headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
    });
    expect(script.statusCode).not.toBe(302);
  });

  it('keeps /healthz and /graphql for the API', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok', database: 'pglite' });
    const graphql = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: '{ __typename }' },
    });
    expect(graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('shutdown', () => {
  it('leaves SIGTERM and SIGINT to app.ts: Apollo installs no handler that would kill the process mid-drain', async () => {
    // Apollo installs its handlers only outside NODE_ENV=test, so build as production does.
    const before = { term: process.listenerCount('SIGTERM'), int: process.listenerCount('SIGINT') };
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let production: FastifyInstance | undefined;
    try {
      production = await buildServer({ databaseKind: 'pglite', logLevel: 'warn' });
    } finally {
      process.env.NODE_ENV = saved;
    }
    try {
      expect({ term: process.listenerCount('SIGTERM'), int: process.listenerCount('SIGINT') }).toEqual(before);
    } finally {
      await production.close();
    }
  });
});
