// Once per browser-test run: start the API on an empty data directory (it migrates and seeds
// the demo data, as a first `npm start` does), stop it cleanly, and hand the directory to every
// test file, which starts its own API on a copy. Migrating and seeding an on-disk PGlite is the
// slowest part of a start; doing it once keeps the suite's time for the browser work.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApi } from './system.js';

declare module 'vitest' {
  // Declaration merging with vitest's own interface needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    seededDataDir: string | null;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sme-browser-template-'));
  const system = await startApi(dataDir, { removeDataDirOnStop: false });
  await system.stop();
  project.provide('seededDataDir', dataDir);
  return () => rmSync(dataDir, { recursive: true, force: true });
}
