export { createDatabase } from './client';
export type { CreateDatabaseOptions, Database } from './client';
export type { DatabaseKind, DatabaseOptions } from './options';
export { hashPassword, verifyPassword } from './password';
export { PrismaClient, Prisma } from './generated/prisma/client';
export * from './generated/prisma/enums';
export type * from './generated/prisma/models';
