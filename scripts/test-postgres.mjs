// The database-facing tests (packages/db and the API's integration tests) against the
// PostgreSQL server named by DATABASE_URL. .ci/run starts one; locally, point it at yours.
import { ensureInstalled, main, pnpmCountingTests, printTestSummary } from './lib/run.mjs';

await main(async () => {
  if (!process.env.DATABASE_URL) throw new Error('test:postgres needs DATABASE_URL=postgresql://…');
  await ensureInstalled();
  try {
    await pnpmCountingTests(['exec', 'turbo', 'run', 'test', '--filter=@sme/db', '--filter=@sme/api', '--output-logs=new-only', '--force']);
  } finally {
    printTestSummary();
  }
});
