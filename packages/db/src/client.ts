import { PrismaClient } from './generated/prisma/client';
import { openConnection } from './adapters';
import type { DataVersion } from './data-version';
import type { DatabaseKind, DatabaseOptions } from './options';
import type { PgliteWorker } from './pglite-worker/host';
import { PGLITE_TRANSACTION_MAX_WAIT_MS } from './upkeep';

export type CreateDatabaseOptions = DatabaseOptions & {
  /**
   * Apply pending migrations on this same connection before returning (start-up, tests).
   * Sharing the connection matters for PGlite, which is a single in-process connection.
   */
  migrate?: boolean;
  /** Override of prisma/migrations (e.g. when the app is bundled and ships them elsewhere). */
  migrationsDir?: string;
  /**
   * PGlite only: the embedded database already opening in a worker thread
   * (`startPgliteWorker`), used instead of opening `dataDir` in this thread.
   */
  pgliteWorker?: PgliteWorker | undefined;
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
  /**
   * PGlite only: a number that changes after every change to the data. This process is the
   * embedded database's only writer, so what was read under an unchanged number is current.
   */
  dataVersion?: DataVersion;
};

/**
 * Opens the database: PostgreSQL through @prisma/adapter-pg when `databaseUrl` is given,
 * otherwise PGlite in-process (`dataDir` on disk, in memory when omitted).
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const connection = await openConnection(options);
  const prisma = new PrismaClient({
    adapter: connection.factory,
    // The one embedded connection may be busy for a while with the nightly upkeep (upkeep.ts).
    ...(connection.kind === 'pglite' ? { transactionOptions: { maxWait: PGLITE_TRANSACTION_MAX_WAIT_MS } } : {}),
  });
  // Prisma loads its WebAssembly query compiler on connecting (~0.3 s of this thread), which
  // needs no database: with PGlite opening in its worker thread, both happen at once.
  const connecting = prisma.$connect();
  let appliedMigrationNames: string[] = [];
  try {
    if (options.migrate) {
      // Loaded lazily: the WebAssembly engine is only needed when migrating.
      const { applyMigrations } = await import('./migrate/apply-migrations');
      ({ appliedMigrationNames } = await applyMigrations(connection, { migrationsDir: options.migrationsDir }));
    }
    await Promise.all([connecting, connection.ready]);
  } catch (error) {
    await connecting.catch(() => undefined);
    await prisma.$disconnect();
    await connection.close();
    throw error;
  }
  return {
    prisma,
    kind: connection.kind,
    appliedMigrationNames,
    close: async () => {
      await prisma.$disconnect();
      await connection.close();
    },
    ...(connection.dumpDataDir ? { dumpPgliteDataDir: connection.dumpDataDir } : {}),
    ...(connection.dataVersion ? { dataVersion: connection.dataVersion } : {}),
  };
}
