// `npm run backup` on the embedded database while the API has it open: refused, with the reason,
// and a non-zero exit; once the API has stopped, the same command backs up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBEDDED_LOCK_FILE } from '../embedded-lock.js';
import { apiRoot, startBuiltApi, type BuiltApi } from './built-api.js';

const dataDir = mkdtempSync(join(tmpdir(), 'sme-backup-lock-'));
const backups = mkdtempSync(join(tmpdir(), 'sme-backup-lock-out-'));
let api: BuiltApi | undefined;
afterAll(async () => {
  await api?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(backups, { recursive: true, force: true });
});

/** apps/api's `backup` script, as `npm run backup -- --out <dir>` runs it. */
function backup(out: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  return spawnSync(join(apiRoot, 'node_modules/.bin/tsx'), ['src/backup/cli.ts', 'backup', '--out', out], {
    cwd: apiRoot,
    env,
    encoding: 'utf8',
  });
}

describe('backing up the embedded database', () => {
  it('refuses while the API holds the data directory, and works once it has stopped', async () => {
    api = await startBuiltApi({ DATA_DIR: dataDir, SEED_DEMO: 'false', DATABASE_URL: undefined });
    expect(existsSync(join(dataDir, EMBEDDED_LOCK_FILE))).toBe(true);

    const refused = backup(join(backups, 'while-running'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`cannot back up the embedded database while the API (process ${api.child.pid}`);
    expect(refused.stderr).toContain('Stop the API, then run this again.');
    expect(existsSync(join(backups, 'while-running'))).toBe(false);

    await api.stop();
    expect(existsSync(join(dataDir, EMBEDDED_LOCK_FILE))).toBe(false);
    const done = backup(join(backups, 'stopped'));
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(readdirSync(join(backups, 'stopped'))).toContain('manifest.json');
  });
});
