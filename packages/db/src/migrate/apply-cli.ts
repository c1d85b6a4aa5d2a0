// `pnpm --filter @sme/db run migrate [--database-url URL | --data-dir DIR]`: applies pending
// migrations (what the app also does at start-up). Arguments only; no environment reads.
import { migrateDatabase } from './migrate-database';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
};
const databaseUrl = valueOf('--database-url');
const dataDir = valueOf('--data-dir');
if (!databaseUrl && !dataDir) {
  console.error('Usage: migrate --database-url postgresql://… | --data-dir path/to/pglite');
  process.exit(2);
}

const { appliedMigrationNames } = await migrateDatabase({ databaseUrl, dataDir });
console.info(
  appliedMigrationNames.length ? `Applied: ${appliedMigrationNames.join(', ')}` : 'Database already up to date.',
);
