// `node scripts/pnpm.mjs <args>` runs the workspace's pinned pnpm without a global install, so
// the root package.json scripts work on a machine that has only Node and npm.
import { main, pnpm } from './lib/run.mjs';

await main(() => pnpm(process.argv.slice(2)));
