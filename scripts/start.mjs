// `npm start`: install what is missing, build, then run the API, which applies migrations,
// seeds demo data on the embedded database's first run, and serves both front ends.
// Production semantics whatever the shell says (masked errors, introspection for staff only);
// `npm run dev` is the developer's variant.
import { ensureInstalled, main, pnpm } from './lib/run.mjs';

await main(async () => {
  await ensureInstalled();
  await pnpm(['exec', 'turbo', 'run', 'build', 'generate', '--output-logs=errors-only']);
  await pnpm(['--filter', '@sme/api', 'run', 'start'], { env: { ...process.env, NODE_ENV: 'production' } });
});
