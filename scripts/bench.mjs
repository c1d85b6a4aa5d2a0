// `npm run bench [-- --small] [-- --only=mobile]`: the performance benchmark (tests/bench, docs/performance.md). Not part
// of `npm test`; .ci/run runs the small version so it keeps working. Needs PostgreSQL (started
// here as .ci/run starts it) and prints one `bench <name> value=… target=… pass|fail` line a figure.
import { ensureInstalled, main, pnpm } from './lib/run.mjs';

await main(async () => {
  await ensureInstalled();
  // Everything `npm start` builds: the mobile figures load both front ends as the server sends them.
  await pnpm(['exec', 'turbo', 'run', 'build', 'generate', '--output-logs=errors-only']);
  await pnpm(['--filter', '@sme/bench', 'run', 'bench', ...process.argv.slice(2)]);
});
