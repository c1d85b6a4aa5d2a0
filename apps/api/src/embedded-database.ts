// The embedded database (PGlite) runs in a worker thread (@sme/db/pglite-worker). main.ts starts
// it before the application loads, so that PostgreSQL's start-up in WebAssembly (~1 s) runs on
// the second core while this thread compiles and builds the application (docs/performance.md).
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPgliteWorker, type PgliteWorker } from '@sme/db/pglite-worker';
import { holdEmbeddedDataDir } from './embedded-lock.js';

/** DATA_DIR when unset (env.ts). */
export const DEFAULT_DATA_DIR = '.data';

let early: { dataDir: string; worker: PgliteWorker } | undefined;

/**
 * main.ts, before the application loads: starts opening the embedded database the environment
 * names (none on PostgreSQL). The environment is only read here, not validated: app.ts does
 * that, and embeddedDatabase() drops this start if the validated DATA_DIR differs.
 */
export function openEmbeddedDatabaseEarly(
  environment: Record<string, string | undefined>,
  repoRoot: string,
): PgliteWorker | undefined {
  if (environment.DATABASE_URL) return undefined;
  const dataDir = resolve(repoRoot, environment.DATA_DIR ?? DEFAULT_DATA_DIR);
  early = { dataDir, worker: openEmbeddedDatabase(dataDir) };
  return early.worker;
}

/** The embedded database under DATA_DIR: the one main.ts started, or a new start. */
export function embeddedDatabase(dataDir: string): PgliteWorker {
  const started = early;
  early = undefined;
  if (started?.dataDir === dataDir) return started.worker;
  // Not awaited (the right database starts at once); a failure to close the dropped one is
  // reported, never an unhandled rejection that would end the process.
  started?.worker
    .close()
    .catch((error: unknown) => console.error(`closing the embedded database in ${started.dataDir} failed:`, error));
  return openEmbeddedDatabase(dataDir);
}

function openEmbeddedDatabase(dataDir: string): PgliteWorker {
  const pgliteDir = join(dataDir, 'pglite');
  // A new embedded database starts from the build's migrated template (scripts/pglite-template.ts)
  // instead of PGlite's initdb plus every migration: seconds, not a minute, on a fresh clone.
  // Only the production build has one (beside dist/main.js); app.ts's migration check still
  // applies whatever migration the template lacks.
  const template = fileURLToPath(new URL('pglite-template', import.meta.url));
  const fresh = !existsSync(join(pgliteDir, 'PG_VERSION')) && existsSync(join(template, 'PG_VERSION'));
  // PGlite creates its own directory but not the parents (a fresh clone has no .data/).
  mkdirSync(pgliteDir, { recursive: true });
  // While open, DATA_DIR/pglite.lock names this process: `npm run backup` refuses meanwhile.
  const lock = holdEmbeddedDataDir(dataDir);
  const worker = startPgliteWorker({ dataDir: pgliteDir, ...(fresh ? { pgliteTemplate: template } : {}) });
  return {
    ...worker,
    close: () => worker.close().finally(() => lock.release()),
  };
}
