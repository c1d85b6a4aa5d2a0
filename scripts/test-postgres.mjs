// The database-facing tests (packages/db and the API's integration tests) against the
// PostgreSQL server named by DATABASE_URL. .ci/run starts one; locally, point it at yours.
import { ensureInstalled, main, pnpmCountingTests, printTestSummary } from './lib/run.mjs';

await main(async () => {
  if (!process.env.DATABASE_URL) throw new Error('test:postgres needs DATABASE_URL=postgresql://…');
  await ensureInstalled();
  // One package at a time: every test file migrates its own schema, and the migration engine
  // takes a database-wide advisory lock (10 s timeout); the db and api suites side by side
  // made a third and fourth migrator wait too long on 2 cores.
  try {
    await pnpmCountingTests([
      'exec',
      'turbo',
      'run',
      'test',
      '--filter=@sme/db',
      '--filter=@sme/api',
      '--output-logs=new-only',
      '--force',
      '--concurrency=1',
    ]);
  } finally {
    printTestSummary();
  }
});
