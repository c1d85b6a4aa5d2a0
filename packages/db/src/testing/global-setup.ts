// Vitest global setup for this package's tests on PGlite: create the two starting points the
// tests need ONCE per run, as data-directory tarballs, instead of once per test:
// - `empty`: a cluster straight after initdb (what `PGlite.create()` builds in WebAssembly:
//   ~5 s of CPU on an idle machine, several times that on a loaded one — the cost that made the
//   migration drift test slow and time-sensitive);
// - `migrated`: the same with every migration applied (seed and client tests start there).
// Loading a tarball takes a fraction of initdb. On PostgreSQL (DATABASE_URL set) nothing is made.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../client';
import { openConnection } from '../adapters';

/** Tarballs of a PGlite data directory (see the file comment). */
export type DbPgliteTemplates = { empty: string; migrated: string };

declare module 'vitest' {
  // Declaration merging with vitest's own interface needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    dbPgliteTemplates: DbPgliteTemplates | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('dbPgliteTemplates', null);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'sme-db-pglite-template-'));
  const templates: DbPgliteTemplates = { empty: join(dir, 'empty.tar'), migrated: join(dir, 'migrated.tar') };
  const empty = await openConnection({});
  try {
    await writeFile(templates.empty, await empty.dumpDataDir!());
  } finally {
    await empty.close();
  }
  const migrated = await createDatabase({ migrate: true, pgliteTemplate: templates.empty });
  try {
    await writeFile(templates.migrated, await migrated.dumpPgliteDataDir!());
  } finally {
    await migrated.close();
  }
  project.provide('dbPgliteTemplates', templates);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
