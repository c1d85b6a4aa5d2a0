import { PrismaClient } from './generated/prisma/client';
import { openConnection } from './adapters';
import type { DatabaseKind, DatabaseOptions } from './options';

export type CreateDatabaseOptions = DatabaseOptions & {
  /**
   * Apply pending migrations on this same connection before returning (start-up, tests).
   * Sharing the connection matters for PGlite, which is a single in-process connection.
   */
  migrate?: boolean;
  /** Override of prisma/migrations (e.g. when the app is bundled and ships them elsewhere). */
  migrationsDir?: string;
};

export type Database = {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Migrations applied while opening (empty unless `migrate: true` found pending ones). */
  appliedMigrationNames: string[];
  /** Disconnects Prisma, then closes the pool or the PGlite instance. */
  close(): Promise<void>;
  /** PGlite only: its data directory as a tarball, loadable as `pgliteTemplate` (tests). */
  dumpPgliteDataDir?: () => Promise<Buffer>;
};

/**
 * Opens the database: PostgreSQL through @prisma/adapter-pg when `databaseUrl` is given,
 * otherwise PGlite in-process (`dataDir` on disk, in memory when omitted).
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const connection = await openConnection(options);
  let appliedMigrationNames: string[] = [];
  try {
    if (options.migrate) {
      // Loaded lazily: the WebAssembly engine is only needed when migrating.
      const { applyMigrations } = await import('./migrate/apply-migrations');
      ({ appliedMigrationNames } = await applyMigrations(connection, { migrationsDir: options.migrationsDir }));
    }
  } catch (error) {
    await connection.close();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: connection.factory });
  return {
    prisma,
    kind: connection.kind,
    appliedMigrationNames,
    close: async () => {
      await prisma.$disconnect();
      await connection.close();
    },
    ...(connection.pglite
      ? { dumpPgliteDataDir: async () => Buffer.from(await (await connection.pglite!.dumpDataDir('none')).arrayBuffer()) }
      : {}),
  };
}
