import type { Connection } from '../adapters';
import { startEngine } from './engine';
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
