// The spreadsheet thread's entry when the API runs from source (tsx, tests): Node does not apply
// the parent's TypeScript loader to a worker thread. The production build runs the bundled
// dist/import-file-worker.js instead.
const { tsImport } = await import('tsx/esm/api');
await tsImport('./import-file.worker.ts', import.meta.url);
