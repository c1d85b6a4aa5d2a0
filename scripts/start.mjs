// `npm start`: install what is missing, build, then run the API, which applies migrations,
// seeds demo data on the embedded database's first run, and serves both front ends.
import { ensureInstalled, main, pnpm } from './lib/run.mjs';

await main(async () => {
  await ensureInstalled();
  await pnpm(['exec', 'turbo', 'run', 'build', 'generate', '--output-logs=errors-only']);
  await pnpm(['--filter', '@sme/api', 'run', 'start']);
});
