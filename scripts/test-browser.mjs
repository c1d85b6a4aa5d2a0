// `npm run test:browser`: only the browser tests (Chromium through playwright-core), against the
// built front ends and a fresh embedded database per test file.
import { ensureInstalled, main, pnpmCountingTests, printTestSummary } from './lib/run.mjs';

await main(async () => {
  await ensureInstalled();
  try {
    await pnpmCountingTests(['exec', 'turbo', 'run', 'test:browser', '--output-logs=new-only']);
  } finally {
    printTestSummary();
  }
});
