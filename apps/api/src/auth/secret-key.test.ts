import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveSecretKey, SECRET_KEY_FILE } from './secret-key.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('resolveSecretKey', () => {
  it('on the embedded default, generates a key once into the data directory, readable by its owner only', async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'sme-key-')), 'data');
    const first = await resolveSecretKey({ configured: undefined, dataDir: dir, onPostgres: false, production: true });
    expect(first).toMatchObject({ source: 'data directory', created: true, path: join(dir, SECRET_KEY_FILE) });
    expect((await stat(first.path!)).mode & 0o777).toBe(0o600);
    const again = await resolveSecretKey({ configured: undefined, dataDir: dir, onPostgres: false, production: true });
    expect(again.created).toBe(false);
    expect(again.key.bytes).toEqual(first.key.bytes);
    expect((await readFile(first.path!, 'utf8')).trim()).toBe(first.key.bytes.toString('base64'));
  });

  it('tightens a key file restored with looser permissions, and refuses one that holds no key', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sme-key-'));
    const path = join(dir, SECRET_KEY_FILE);
    await writeFile(path, randomBytes(32).toString('hex'));
    await chmod(path, 0o644);
    await resolveSecretKey({ configured: undefined, dataDir: dir, onPostgres: false, production: true });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await writeFile(path, 'not a key');
    await expect(
      resolveSecretKey({ configured: undefined, dataDir: dir, onPostgres: false, production: true }),
    ).rejects.toThrow(/does not hold a key/);
  });

  it('refuses to start on PostgreSQL in production without a configured key', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sme-key-'));
    await expect(
      resolveSecretKey({ configured: undefined, dataDir: dir, onPostgres: true, production: true }),
    ).rejects.toThrow(/SECRET_ENCRYPTION_KEY is required/);
    const configured = randomBytes(32);
    const resolved = await resolveSecretKey({ configured, dataDir: dir, onPostgres: true, production: true });
    expect(resolved).toMatchObject({ source: 'configuration' });
    expect(resolved.key.bytes).toEqual(configured);
  });
});
