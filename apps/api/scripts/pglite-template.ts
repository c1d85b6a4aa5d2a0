// Build step (scripts/build.mjs): an embedded database with every migration applied, dumped as
// a tarball beside dist/main.js. A first start on an empty DATA_DIR loads it instead of running
// PGlite's initdb and the schema engine, the bulk of a fresh start (README, Performance). The
// start still checks `_prisma_migrations` against the migration folders, so a stale template
// only means the engine applies what is missing, as without it.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createDatabase } from '@sme/db';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/pglite-template.ts <out.tar>');
const db = await createDatabase({ migrate: true });
try {
  // ~40 MB of mostly empty pages: gzip makes it ~5 MB; PGlite unzips it on load (a fraction of a second).
  writeFileSync(out, gzipSync(await db.dumpPgliteDataDir!(), { level: 1 }));
} finally {
  await db.close();
}
