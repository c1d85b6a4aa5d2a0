// The worker's entry when the API runs from source (tsx, tests): Node 20 does not apply the
// parent's TypeScript loader to a worker thread, so load pglite-worker.ts through tsx's API.
// The production build runs the bundled dist/pglite-worker.js instead.
const { tsImport } = await import('tsx/esm/api');
await tsImport('./pglite-worker.ts', import.meta.url);
