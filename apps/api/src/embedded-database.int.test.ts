// The start-up's embedded database: main.ts starts opening it from the raw environment before
// app.ts has validated that environment; app.ts must get the database DATA_DIR names.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type Database } from '@sme/db';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedDatabase, openEmbeddedDatabaseEarly } from './embedded-database.js';

// Each test starts a worker thread that loads its TypeScript and opens PGlite (initdb on disk):
// ~8 s on a quiet machine, several times that beside the rest of `npm test`.
describe('the embedded database at start-up', { timeout: 120_000 }, () => {
  let root: string;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
    await rm(root, { recursive: true, force: true });
  });

  it('hands app.ts the database main.ts started when DATA_DIR is the same', async () => {
    root = await mkdtemp(join(tmpdir(), 'sme-embedded-'));
    const started = openEmbeddedDatabaseEarly({ DATA_DIR: 'data' }, root);
    const early = embeddedDatabase(join(root, 'data'));
    expect(early).toBe(started);
    database = await createDatabase({ pgliteWorker: early, migrate: true });
    expect(database.kind).toBe('pglite');
    expect(existsSync(join(root, 'data/pglite/PG_VERSION'))).toBe(true);
  });

  it('drops the early start and opens the validated DATA_DIR when the two differ', async () => {
    root = await mkdtemp(join(tmpdir(), 'sme-embedded-'));
    const guessed = openEmbeddedDatabaseEarly({ DATA_DIR: 'guessed' }, root)!;
    const validated = embeddedDatabase(join(root, 'validated'));
    expect(validated).not.toBe(guessed);
    database = await createDatabase({ pgliteWorker: validated, migrate: true });
    expect(await database.prisma.unit.count()).toBe(0);
    expect(existsSync(join(root, 'validated/pglite/PG_VERSION'))).toBe(true);
    await guessed.close(); // already closing: this waits for it
  });

  it('starts nothing early on PostgreSQL', async () => {
    root = await mkdtemp(join(tmpdir(), 'sme-embedded-'));
    expect(
      openEmbeddedDatabaseEarly({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', DATA_DIR: 'data' }, root),
    ).toBeUndefined();
    expect(existsSync(join(root, 'data'))).toBe(false);
  });
});
