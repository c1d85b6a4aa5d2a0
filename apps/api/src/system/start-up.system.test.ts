// The built server as `npm start` runs it: which Node it runs on, and what a failed start prints.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnBuiltApi, startBuiltApi, type BuiltApi } from './built-api.js';

const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the runtime', () => {
  it('is Node 22 or newer (package.json engines; the root scripts provision Node 24 on older machines)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });
});

describe('a start without a required setting', () => {
  it('prints the message in one short line and exits 1, not the minified bundle', async () => {
    // On PostgreSQL in production, SECRET_ENCRYPTION_KEY is required; the check comes before
    // the database is reached, so the address need not answer.
    const api = spawnBuiltApi({
      DATABASE_URL: 'postgresql://nobody:nothing@127.0.0.1:9/none',
      SECRET_ENCRYPTION_KEY: undefined,
      PORT: '0',
    });
    const { code } = await api.exited;
    const output = api.output();
    expect(code).toBe(1);
    expect(output).toContain(
      'The API could not start: SECRET_ENCRYPTION_KEY is required with DATABASE_URL in production',
    );
    // Before: the thrown line of the bundle, ~170 KB of minified code, preceded the message.
    expect(output.length).toBeLessThan(1_000);
    expect(output).not.toMatch(/\bat file:|dist\/app-/);
  });

  it('names an invalid value the same way', async () => {
    const api = spawnBuiltApi({ PORT: 'eighty', DATA_DIR: mkdtempSync(join(tmpdir(), 'sme-start-')) });
    const { code } = await api.exited;
    expect(code).toBe(1);
    expect(api.output()).toMatch(/^The API could not start: Invalid environment: PORT: /m);
    expect(api.output().length).toBeLessThan(1_000);
  });
});

describe('a successful start', () => {
  let api: BuiltApi | undefined;
  afterAll(() => api?.stop());

  it('says which Node it runs on, the one the scripts run, and keeps its compiled code for the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sme-start-'));
    const compileCache = mkdtempSync(join(tmpdir(), 'sme-compile-cache-'));
    dataDirs.push(dataDir, compileCache);
    api = await startBuiltApi({
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      DATABASE_URL: undefined,
      // No NODE_COMPILE_CACHE (which would turn the cache on by itself): main.ts must, and
      // then Node keeps it under the temporary directory.
      NODE_COMPILE_CACHE: undefined,
      TMPDIR: compileCache,
    });
    await expect.poll(() => api!.output(), { timeout: 10_000 }).toContain(`Node ${process.version}`);
    // Node writes the cache of the bundle's chunks (module.enableCompileCache in main.ts) as the
    // process ends; the next start reads it.
    await api.stop();
    expect(readdirSync(join(compileCache, 'node-compile-cache'), { recursive: true }).length).toBeGreaterThan(10);
  });
});
