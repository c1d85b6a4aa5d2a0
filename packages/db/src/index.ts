export { createDatabase } from './client';
export type { CreateDatabaseOptions, Database } from './client';
export type { DataVersion } from './data-version';
export type { DatabaseKind, DatabaseOptions } from './options';
export { hashPassword, verifyPassword } from './password';
export { PGLITE_TRANSACTION_MAX_WAIT_MS, vacuumEachTable } from './upkeep';
export { PrismaClient, Prisma } from './generated/prisma/client';
// Enums as values and types (Role, ApplicationStatus, …).
export * from './generated/prisma/enums';
// Model types (Unit, User, …), used by the API's generated Pothos types.
export type * from './generated/prisma/client';
