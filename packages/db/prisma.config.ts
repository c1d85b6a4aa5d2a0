// Configuration for the ordinary Prisma CLI: `generate` (scripts/generate.mjs) and, on a
// machine that has Prisma's native engine, `prisma migrate deploy|status` against the same
// migrations. The app never reads this file; it passes its URL to createDatabase().
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(url ? { datasource: { url } } : {}),
});
