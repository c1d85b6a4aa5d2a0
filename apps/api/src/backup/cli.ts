// `npm run backup [-- --out <dir>]` and `npm run restore -- <dir>`: see docs/operations.md,
// "Backup and restore". Reads the same environment as the API (DATABASE_URL, DATA_DIR, STORAGE, S3_*).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { refuseWhileHeld } from '../embedded-lock.js';
import { readEnv } from '../env.js';
import { fileStoreFromEnv } from '../storage/index.js';
import { createBackup, restoreBackup } from './backup.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
// Paths the user typed are relative to where they typed `npm run …`, not to apps/api.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const env = readEnv(process.env, repoRoot);
const database = env.databaseUrl ? { databaseUrl: env.databaseUrl } : { dataDir: join(env.dataDir, 'pglite') };
const store = fileStoreFromEnv(env);
const progress = (message: string) => console.info(`  ${message}`);

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({ args: rest, options: { out: { type: 'string' } }, allowPositionals: true });

try {
  if (command === 'backup') {
    const stamp = new Date().toISOString().replaceAll(':', '-').replace(/\..*/, '');
    const outDir = values.out ? resolve(userCwd, values.out) : join(repoRoot, 'backups', stamp);
    if (!env.databaseUrl) refuseWhileHeld(env.dataDir, 'back up');
    console.info(`Backing up to ${outDir}`);
    const manifest = await createBackup({ database, store, outDir, progress });
    const rows = manifest.database.tables.reduce((sum, t) => sum + t.rows, 0);
    console.info(`Done: ${manifest.database.tables.length} tables, ${rows} rows, ${manifest.files.length} files.`);
    if (manifest.missingFiles.length > 0) {
      console.warn(
        `WARNING: ${manifest.missingFiles.length} file(s) the database refers to were missing from storage: ${manifest.missingFiles.slice(0, 5).join(', ')}…`,
      );
    }
  } else if (command === 'restore' && positionals[0]) {
    const fromDir = resolve(userCwd, positionals[0]);
    if (!env.databaseUrl) refuseWhileHeld(env.dataDir, 'restore into');
    if (database.dataDir) mkdirSync(database.dataDir, { recursive: true });
    console.info(
      `Restoring ${fromDir} into an empty ${env.databaseUrl ? 'PostgreSQL schema' : `data directory ${database.dataDir}`}`,
    );
    const report = await restoreBackup({ database, store, fromDir, progress });
    console.info(
      `Done and verified: ${report.tables} tables, ${report.rows} rows and ${report.files} files match the backup's checksums.`,
    );
  } else {
    console.error('usage: backup [--out <dir>] | restore <dir>');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
