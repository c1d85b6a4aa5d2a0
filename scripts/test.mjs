// `npm test`: every check and test. Unit and integration tests run on embedded PGlite, or on
// PostgreSQL when DATABASE_URL is set. Browser tests need Chromium: they run when it is
// installed and are required under CI (CI=true), where .ci/run installs it.
import { existsSync } from 'node:fs';
import { ensureInstalled, main, pnpm, run } from './lib/run.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

await main(async () => {
  await ensureInstalled();
  await run('node', ['tooling/boundaries/check.mjs']);
  await pnpm(['exec', 'turbo', 'run', 'typecheck', 'lint', 'test', '--output-logs=errors-only', '--continue']);
  if (existsSync(chromium)) {
    await pnpm(['exec', 'turbo', 'run', 'test:browser', '--output-logs=new-only']);
  } else if (process.env.CI === 'true') {
    throw new Error(`Browser tests need Chromium at ${chromium} (apt-get install -y chromium)`);
  } else {
    console.warn(`\nBrowser tests skipped: no Chromium at ${chromium}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
});
