import { openConnection } from '../adapters';
import type { DatabaseOptions } from '../options';
import { applyMigrations } from './apply-migrations';
import type { ApplyMigrationsResult } from './apply-migrations';

/**
 * Opens the database, applies pending migrations and closes it again, so the app can open
 * the same PGlite directory afterwards (PGlite allows one opener at a time). For an in-memory
 * PGlite use `createDatabase({ migrate: true })` instead: closing would discard it.
 */
export async function migrateDatabase(
  options: DatabaseOptions & { migrationsDir?: string },
): Promise<ApplyMigrationsResult> {
  const connection = await openConnection(options);
  try {
    return await applyMigrations(connection, { migrationsDir: options.migrationsDir });
  } finally {
    await connection.close();
  }
}
