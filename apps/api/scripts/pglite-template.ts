// Build step (scripts/build.mjs): an embedded database with every migration applied, as a data
// directory beside dist/main.js. A first start on an empty DATA_DIR copies it instead of running
// PGlite's initdb and the schema engine, the bulk of a fresh start (docs/performance.md). The
// start still checks `_prisma_migrations` against the migration folders, so a stale template
// only means the engine applies what is missing, as without it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@sme/db';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/pglite-template.ts <out-dir>');
rmSync(out, { recursive: true, force: true });
const scratch = mkdtempSync(join(tmpdir(), 'sme-pglite-template-'));
try {
  // Migrated in memory (initdb and the migrations write ~40 MB: faster than on disk), then
  // written out as a data directory and closed cleanly.
  const inMemory = await createDatabase({ migrate: true });
  const tarball = join(scratch, 'migrated.tar');
  try {
    writeFileSync(tarball, await inMemory.dumpPgliteDataDir!());
  } finally {
    await inMemory.close();
  }
  const onDisk = await createDatabase({ dataDir: out, pgliteTemplate: tarball });
  await onDisk.close();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
