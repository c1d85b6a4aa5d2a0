// `pnpm db:migration <name>`: writes a new migration with the delta between
// prisma/migrations and prisma/schema.prisma (nothing when they agree).
import { createMigration } from './create-migration';
import { closeDiffDatabase } from './diff';

const name = process.argv
  .slice(2)
  .filter((arg) => arg !== '--')
  .join('_');
if (!name) {
  console.error('Usage: pnpm db:migration <name>   (e.g. pnpm db:migration add_spot_checks)');
  process.exit(2);
}

const result = await createMigration(name);
await closeDiffDatabase();
if (result) {
  console.info(`Wrote ${result.path}`);
} else {
  console.info('schema.prisma and the migrations agree: no migration written.');
}
