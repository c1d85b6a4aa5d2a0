import type { PrismaClient } from '@sme/db';

// The process's Prisma client. Kept out of the GraphQL context type on purpose: Pothos's docs
// warn that a PrismaClient in Context slows the type checker. Set once at start-up.
let client: PrismaClient | undefined;

export function setPrisma(prisma: PrismaClient): void {
  client = prisma;
}

export function prisma(): PrismaClient {
  if (!client) throw new Error('Database client used before start-up set it');
  return client;
}

// What a mutation's transaction callback receives.
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
