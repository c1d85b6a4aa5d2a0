// Production build of the API: one ES module (dist/main.js) so `npm start` runs JavaScript
// instead of compiling TypeScript on every start (tsx cost seconds and ~150 MiB at start-up).
// The workspace packages (@sme/domain, @sme/db — shipped as TypeScript source) and pure-data
// dependencies are bundled in; the API's own npm dependencies stay external and are loaded
// from node_modules as usual, since several locate files beside themselves at run time
// (WebAssembly engines, PGlite's data files, argon2's native binary, fonts).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PRISMA_RUNTIME_CLIENT, lazyParamGraph } from './prisma-lazy-param-graph.mjs';
import { queryCompilerFromFile } from './prisma-query-compiler-file.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Pure-JavaScript dependencies on the path of every request, bundled in too: resolving and
// loading their thousand-odd files one by one was most of the start-up time
// (docs/performance.md). Only packages checked to run bundled are listed; any other dependency stays
// external, the safe default for one that reads files beside itself.
const BUNDLED = new Set([
  '@apollo/server',
  '@as-integrations/fastify',
  '@escape.tech/graphql-armor',
  '@fastify/cookie',
  '@fastify/helmet',
  '@fastify/multipart',
  '@fastify/static',
  '@pothos/core',
  '@pothos/plugin-errors',
  '@pothos/plugin-prisma',
  '@pothos/plugin-relay',
  '@pothos/plugin-scope-auth',
  '@pothos/plugin-validation',
  'fastify',
  'graphql',
  'zod',
]);
const external = new Set(
  Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@sme/') && !BUNDLED.has(name)),
);
const packageName = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);
// Prisma's client runtime (and the one package it imports) is bundled so that the build can
// rewrite it (prisma-lazy-param-graph.mjs: -13 MiB of idle heap). Only the generated client
// imports it, so the bundle holds the one copy; its WebAssembly query compiler stays external.
const BUNDLED_PATHS = new Set(['@prisma/client/runtime/client', '@prisma/client-runtime-utils']);

const dist = join(root, 'dist');
/** WebAssembly the bundle reads beside itself, by file name (written once the build succeeds). */
const queryCompilerFiles = new Map();
// Chunk names carry a hash: without a clean start, every build would leave its chunks behind.
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: {
    // A small entry that starts the embedded database's thread, then imports the application
    // (its own chunk), so that PGlite opens while the application's code compiles (main.ts).
    main: join(root, 'src/main.ts'),
    // The embedded database's worker thread (@sme/db/pglite-worker looks for it beside the bundle).
    'pglite-worker': join(root, '../../packages/db/src/pglite-worker/pglite-worker.ts'),
    // The thread that reads uploaded spreadsheets under its own heap limit (import-file-isolated.ts).
    'import-file-worker': join(root, 'src/modules/title-import/import-file.worker.ts'),
  },
  outdir: dist,
  // Chunks stay beside main.js: the code finds the template and the repository from there.
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  sourcemap: true,
  // Without comments and indentation the source V8 keeps in memory is smaller, and it stays
  // ASCII (esbuild escapes non-ASCII in code but copies comments, and a single Chinese
  // character in a comment makes V8 hold the whole 6 MB bundle as a two-byte string: 12 MiB of
  // idle heap). Identifiers are kept, so stack traces stay readable.
  minifyWhitespace: true,
  charset: 'ascii',
  // License comments of bundled packages go to dist/*.LEGAL.txt (one has a name with "ä").
  legalComments: 'external',
  logLevel: 'warning',
  // ESM output still meets CommonJS code in bundled dependencies.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'external-dependencies',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('node:')) return { external: true };
          if (BUNDLED_PATHS.has(args.path)) return undefined;
          return external.has(packageName(args.path)) ? { external: true } : undefined;
        });
      },
    },
    {
      // The query compiler's WebAssembly read from dist/ instead of decoded from a base64 module
      // at every start (prisma-query-compiler-file.mjs).
      name: 'prisma-query-compiler-file',
      setup(b) {
        b.onLoad({ filter: /[\\/]generated[\\/]prisma[\\/]internal[\\/]class\.ts$/ }, (args) => {
          const { source, fileName, wasm } = queryCompilerFromFile(readFileSync(args.path, 'utf8'), args.path);
          queryCompilerFiles.set(fileName, wasm);
          return { contents: source, loader: 'ts' };
        });
      },
    },
    {
      name: 'prisma-lazy-param-graph',
      setup(b) {
        b.onLoad({ filter: PRISMA_RUNTIME_CLIENT }, async (args) => ({
          contents: lazyParamGraph(readFileSync(args.path, 'utf8'), args.path),
          loader: 'js',
        }));
      },
    },
  ],
});

// The light public pages' one browser script (src/public-pages/forms-script.ts reads it here).
await build({
  entryPoints: [join(root, 'src/public-pages/browser/forms.ts')],
  outfile: join(dist, 'public-forms.js'),
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2019',
  charset: 'ascii',
  logLevel: 'warning',
});

if (queryCompilerFiles.size !== 1)
  throw new Error(`expected the generated Prisma client's one query compiler, bundled ${queryCompilerFiles.size}`);
for (const [fileName, wasm] of queryCompilerFiles) writeFileSync(join(dist, fileName), wasm);

// Keep the bundle ASCII (see minifyWhitespace above): name the first raw non-ASCII character.
for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
  const bundled = readFileSync(join(dist, file), 'utf8');
  const wide = bundled.search(/[\u0080-\uffff]/);
  if (wide < 0) continue;
  throw new Error(
    `dist/${file} holds a raw non-ASCII character near: ${JSON.stringify(bundled.slice(Math.max(0, wide - 60), wide + 20))}. ` +
      "V8 would keep the whole bundle as a two-byte string (+6 MiB). Build such a pattern from a string: new RegExp('…'), which esbuild escapes.",
  );
}

// The embedded database's starting point, migrated (scripts/pglite-template.ts).
const template = spawnSync(
  join(root, 'node_modules/.bin/tsx'),
  [join(root, 'scripts/pglite-template.ts'), join(dist, 'pglite-template')],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (template.status !== 0) throw new Error('building dist/pglite-template/ failed');
