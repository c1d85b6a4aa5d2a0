export { migrateDatabase } from './migrate-database';
export { applyMigrations } from './apply-migrations';
export type { ApplyMigrationsResult } from './apply-migrations';
export { createMigration } from './create-migration';
export type { CreateMigrationOptions, CreateMigrationResult } from './create-migration';
export { closeDiffDatabase, diffMigrationsToSchema, openDiffDatabase } from './diff';
export type { DiffOptions } from './diff';
export { migrationsDir, schemaPath } from './migrations-dir';
