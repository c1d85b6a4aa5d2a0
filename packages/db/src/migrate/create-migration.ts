import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffMigrationsToSchema } from './diff';
import {
  ensureLockfile,
  migrationsDir as defaultMigrationsDir,
  schemaPath as defaultSchemaPath,
} from './migrations-dir';

export type CreateMigrationOptions = {
  migrationsDir?: string;
  schemaPath?: string;
  /** Clock for the folder's timestamp; tests pass a fixed one. */
  now?: Date;
  /** See DiffOptions.scratchCluster. */
  scratchCluster?: string | undefined;
};

export type CreateMigrationResult = { name: string; path: string; sql: string } | null;

/**
 * Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that takes the
 * existing migrations to schema.prisma. Writes nothing and returns null when they agree.
 */
export async function createMigration(
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreateMigrationResult> {
  const dir = options.migrationsDir ?? defaultMigrationsDir;
  await ensureLockfile(dir);
  const sql = await diffMigrationsToSchema({
    migrationsDir: dir,
    schemaPath: options.schemaPath ?? defaultSchemaPath,
    scratchCluster: options.scratchCluster,
  });
  if (sql === '') return null;
  const folder = `${timestamp(options.now ?? new Date())}_${slug(name)}`;
  const path = join(dir, folder, 'migration.sql');
  await mkdir(join(dir, folder), { recursive: true });
  await writeFile(path, sql);
  return { name: folder, path, sql };
}

/** 20261125183000 — the folder prefix `prisma migrate dev` uses (UTC). */
function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function slug(name: string): string {
  const cleaned = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (cleaned === '') throw new Error('Migration name must contain letters or digits, e.g. "add_spot_checks".');
  return cleaned;
}
