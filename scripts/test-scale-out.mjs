// `npm run test:scale-out`: two built API processes behind nginx (deploy/nginx/sme-proxy.conf) on
// the PostgreSQL server named by DATABASE_URL, with S3-compatible storage and an SMTP sink
// started by the test (apps/api/src/scale-out/). The test creates a database of its own on that
// server and drops it afterwards (a schema of its own when the role may not create databases).
// Without nginx installed a Node proxy stands in, and the run says so; .ci/run installs nginx.
import { ensureInstalled, main, pnpmCountingTests, printTestSummary } from './lib/run.mjs';

await main(async () => {
  if (!process.env.DATABASE_URL) throw new Error('test:scale-out needs DATABASE_URL=postgresql://…');
  await ensureInstalled();
  try {
    // turbo builds the API first (test:scale-out depends on build).
    await pnpmCountingTests(['exec', 'turbo', 'run', 'test:scale-out', '--filter=@sme/api', '--output-logs=new-only']);
  } finally {
    printTestSummary();
  }
});
