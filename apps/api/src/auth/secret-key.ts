import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseSecretKey, secretKeyFrom, type SecretKey } from './secret-box.js';

// Where the key that seals stored secrets comes from (secret-box.ts):
// - SECRET_ENCRYPTION_KEY, when configured (required with PostgreSQL in production: every API
//   process must hold the same key, kept apart from the database and its backups);
// - otherwise a key generated once into the data directory (owner-only, 0600), which keeps the
//   two-command embedded start working. It is not part of `npm run backup`, on purpose: keep a
//   copy of it (or configure the key) beside, not inside, the backups.

export const SECRET_KEY_FILE = 'secret-encryption.key';

export const GENERATE_KEY_HINT = `node -e "console.log(require('node:crypto').randomBytes(32).toString('base64'))"`;

export type ResolvedSecretKey = {
  key: SecretKey;
  source: 'configuration' | 'data directory';
  path?: string;
  created?: boolean;
};

export async function resolveSecretKey(options: {
  configured: Buffer | undefined;
  dataDir: string;
  onPostgres: boolean;
  production: boolean;
}): Promise<ResolvedSecretKey> {
  if (options.configured) return { key: secretKeyFrom(options.configured), source: 'configuration' };
  if (options.onPostgres && options.production) {
    throw new Error(
      'SECRET_ENCRYPTION_KEY is required with DATABASE_URL in production: it seals the two-factor secrets, and every API ' +
        `process must share it. Generate one with ${GENERATE_KEY_HINT} and keep it out of the database and its backups.`,
    );
  }
  const path = join(options.dataDir, SECRET_KEY_FILE);
  await mkdir(options.dataDir, { recursive: true });
  const fresh = randomBytes(32).toString('base64');
  // 'wx': two processes starting at once cannot both create it; the second reads the first's.
  const created = await writeFile(path, `${fresh}\n`, { mode: 0o600, flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  // Tighten a copy restored with looser permissions.
  if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
  const bytes = parseSecretKey(await readFile(path, 'utf8'));
  if (!bytes) throw new Error(`${path} does not hold a key (32 bytes as base64 or hex); restore it from your copy`);
  return { key: secretKeyFrom(bytes), source: 'data directory', path, created };
}
