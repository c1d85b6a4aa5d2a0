import { Prisma } from '@sme/db';

// P2002: a unique constraint refused the write (e.g. a concurrent duplicate).
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
