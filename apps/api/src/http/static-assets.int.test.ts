// The built front ends as the server sends them: the build's brotli or gzip copy of a file
// chosen by Accept-Encoding (with Vary), HTML revalidated, fingerprinted assets cached for good.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.js';

const SCRIPT = `console.log(${JSON.stringify('示范平台'.repeat(200))});`;
const HTML = '<!doctype html><title>admin</title><script type="module" src="/admin/assets/app-1.js"></script>';
let app: FastifyInstance;

/** A dist as `vite build` writes it with the compression plugin: each file and its .br and .gz beside it. */
function builtDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dir, 'assets'));
  for (const [path, text] of [
    ['index.html', HTML],
    ['assets/app-1.js', SCRIPT],
  ] as const) {
    writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(text));
  }
  return dir;
}

beforeAll(async () => {
  app = await buildServer({ databaseKind: 'pglite', adminDist: builtDist(), logLevel: 'warn' });
});
afterAll(async () => {
  await app.close();
});

describe('compressed front-end files', () => {
  it('sends the brotli copy to a browser that accepts br, with the right bytes and type', async () => {
    const response = await app.inject({
      url: '/admin/assets/app-1.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to one that accepts only gzip, and the file itself to one that accepts neither', async () => {
    const gzip = await app.inject({ url: '/admin/assets/app-1.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const plain = await app.inject({ url: '/admin/assets/app-1.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body).toBe(SCRIPT);
  });

  it('caches fingerprinted assets for good and has HTML revalidated, compressed or not', async () => {
    const asset = await app.inject({ url: '/admin/assets/app-1.js', headers: { 'accept-encoding': 'br' } });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/admin/', '/admin/applications?status=DRAFT']) {
      const html = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(html.statusCode).toBe(200);
      expect(html.headers['cache-control']).toBe('no-cache');
      expect(html.headers['content-type']).toMatch(/text\/html/);
      expect(html.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(html.rawPayload).toString()).toBe(HTML);
    }
  });

  it('still answers a missing asset with 404, not HTML', async () => {
    const missing = await app.inject({ url: '/admin/assets/gone.js', headers: { 'accept-encoding': 'br' } });
    expect(missing.statusCode).toBe(404);
  });
});
