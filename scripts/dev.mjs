// `npm run dev`: like `npm start`, but for developers: NODE_ENV=development shows error details
// (messages and stack traces) to the client, opens introspection to everyone and restarts the
// API when its sources change. Never expose a server started this way.
import { ensureInstalled, main, pnpm } from './lib/run.mjs';

await main(async () => {
  await ensureInstalled();
  await pnpm(['exec', 'turbo', 'run', 'build', 'generate', '--output-logs=errors-only']);
  await pnpm(['--filter', '@sme/api', 'run', 'dev'], { env: { ...process.env, NODE_ENV: 'development' } });
});
