// `npm test`: every check and test. Unit and integration tests run on embedded PGlite, or on
// PostgreSQL when DATABASE_URL is set. Browser tests need Chromium: they run when it is
// installed and are required under CI (CI=true), where .ci/run installs it.
import { existsSync } from 'node:fs';
import { ensureInstalled, main, pnpm, pnpmCountingTests, printTestSummary } from './lib/run.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const turbo = (...args) => pnpmCountingTests(['exec', 'turbo', 'run', ...args]);

await main(async () => {
  console.info(`Node ${process.version} (${process.execPath})`);
  await ensureInstalled();
  try {
    await checks();
  } finally {
    printTestSummary();
  }
});

async function checks() {
  // The import-direction check (docs/architecture.md) is @sme/boundaries' build task, so it fails builds too.
  await turbo('build', '--filter=@sme/boundaries', '--output-logs=errors-only');
  // One layout for every file (Prettier); `npm run format` fixes what this refuses.
  await pnpm(['exec', 'prettier', '--check', '--log-level=warn', '.']);
  await turbo('typecheck', 'lint', 'test', '--output-logs=new-only', '--continue');
  // The built server as `npm start` runs it: start-up errors, the embedded backup's lock, the runtime.
  await turbo('test:system', '--output-logs=new-only');
  if (process.env.SKIP_BROWSER_TESTS === '1') {
    console.warn('\nBrowser tests skipped (SKIP_BROWSER_TESTS=1): run them with `npm run test:browser`.');
  } else if (existsSync(chromium)) {
    await turbo('test:browser', '--output-logs=new-only');
  } else if (process.env.CI === 'true') {
    throw new Error(`Browser tests need Chromium at ${chromium} (apt-get install -y chromium)`);
  } else {
    console.warn(
      `\nBrowser tests skipped: no Chromium at ${chromium}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
}
