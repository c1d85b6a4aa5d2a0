// Vitest global setup for the integration tests on PGlite: migrate and seed one database per
// run and hand its data directory (a tarball) to every test file, which starts from a copy.
// Creating a PGlite cluster, compiling the WebAssembly migration engine and hashing the demo
// passwords once, instead of once per file, is most of the suite's CPU time on 2 cores.
// On PostgreSQL (DATABASE_URL set) each file still migrates its own schema.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@sme/db';
import { seedDemoData } from '@sme/db/seed';
import type { TestProject } from 'vitest/node';
import { todayInShanghai } from '../clock.js';
import { seedRules } from '../seed-rules.js';

/** Tarballs of a PGlite data directory: migrated only, and migrated + demo data seeded on `today`. */
export type PgliteTemplates = { migrated: string; seeded: string; today: string };

declare module 'vitest' {
  // Declaration merging with vitest's own interface needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    pgliteTemplates: PgliteTemplates | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteTemplates', null);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'sme-pglite-template-'));
  const today = todayInShanghai();
  const templates: PgliteTemplates = { migrated: join(dir, 'migrated.tar'), seeded: join(dir, 'seeded.tar'), today };
  const db = await createDatabase({ migrate: true });
  try {
    await writeFile(templates.migrated, await db.dumpPgliteDataDir!());
    await seedDemoData(db.prisma, { today, rules: seedRules() });
    await writeFile(templates.seeded, await db.dumpPgliteDataDir!());
  } finally {
    await db.close();
  }
  project.provide('pgliteTemplates', templates);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
