import { createHash } from 'node:crypto';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { Connection } from '../adapters';
import { migrationsDir as defaultMigrationsDir, readMigrationList } from './migrations-dir';

export type ApplyMigrationsResult = {
  /** Names of the migrations applied by this call (empty when already up to date). */
  appliedMigrationNames: string[];
};

/**
 * Applies pending migrations from prisma/migrations through the WebAssembly schema engine,
 * recording them in `_prisma_migrations` exactly as `prisma migrate deploy` does. Refuses (throws)
 * when a migration failed earlier or an applied migration was edited, like the CLI.
 */
export async function applyMigrations(
  connection: Connection,
  options: { migrationsDir?: string | undefined } = {},
): Promise<ApplyMigrationsResult> {
  if (connection.schema) await createSchemaIfMissing(connection, connection.schema);
  const migrationsList = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir);
  // Every start of an up-to-date database would otherwise load the WebAssembly engine (the
  // largest part of start-up: compiling ~10 MB of WebAssembly) only to find nothing to do.
  if (await upToDate(connection, migrationsList)) return { appliedMigrationNames: [] };
  const { startEngine } = await import('./engine');
  const engine = await startEngine(connection.factory);
  try {
    const { appliedMigrationNames } = await engine.run((schemaEngine) =>
      schemaEngine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
    );
    return { appliedMigrationNames };
  } finally {
    engine.free();
  }
}

async function createSchemaIfMissing(connection: Connection, schema: string): Promise<void> {
  const adapter = await connection.factory.connect();
  try {
    await adapter.executeScript(`CREATE SCHEMA IF NOT EXISTS "${schema.replaceAll('"', '""')}"`);
  } finally {
    await adapter.dispose();
  }
}

/**
 * True only when `_prisma_migrations` lists exactly the migration folders, each finished, none
 * rolled back or failed, each with the SHA-256 of its migration.sql as the engine records it —
 * the case where the engine would apply nothing. Anything else (a new folder, an edited or
 * failed migration, no table yet) goes to the engine, which applies or refuses as before.
 */
async function upToDate(connection: Connection, list: MigrationList): Promise<boolean> {
  const expected = new Map<string, string>();
  for (const dir of list.migrationDirectories) {
    if (dir.migrationFile.content.tag !== 'ok') return false;
    expected.set(dir.path, createHash('sha256').update(dir.migrationFile.content.value).digest('hex'));
  }
  const adapter = await connection.factory.connect();
  try {
    const table = `${connection.schema ? `"${connection.schema.replaceAll('"', '""')}".` : ''}"_prisma_migrations"`;
    const exists = await adapter.queryRaw({
      sql: `SELECT to_regclass('${table.replaceAll("'", "''")}') IS NOT NULL AS present`,
      args: [],
      argTypes: [],
    });
    if (exists.rows[0]?.[0] !== true) return false;
    const result = await adapter.queryRaw({
      sql: `SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS applied, rolled_back_at IS NOT NULL AS rolled_back FROM ${table}`,
      args: [],
      argTypes: [],
    });
    let applied = 0;
    for (const [name, checksum, ok, rolledBack] of result.rows as [string, string, boolean, boolean][]) {
      if (rolledBack) continue; // a rolled-back attempt stays in the table beside its re-application
      if (!ok || expected.get(name) !== checksum) return false;
      applied += 1;
    }
    return applied === expected.size;
  } finally {
    await adapter.dispose();
  }
}
