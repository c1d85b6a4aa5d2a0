import type { DataVersion, PrismaClient } from '@sme/db';

// The process's Prisma client. Kept out of the GraphQL context type on purpose: Pothos's docs
// warn that a PrismaClient in Context slows the type checker. Set once at start-up.
let client: PrismaClient | undefined;
let version: DataVersion | undefined;

/**
 * Sets the process's client; `dataVersion` only for the embedded database (Database.dataVersion),
 * whose only writer is this process (see count-cache.ts).
 */
export function setPrisma(prisma: PrismaClient, dataVersion?: DataVersion): void {
  client = prisma;
  version = dataVersion;
}

export function prisma(): PrismaClient {
  if (!client) throw new Error('Database client used before start-up set it');
  return client;
}

/** The embedded database's data version; undefined on PostgreSQL, which has other writers. */
export function dataVersion(): number | undefined {
  return version?.();
}

// What a mutation's transaction callback receives.
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
