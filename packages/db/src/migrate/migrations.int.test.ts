import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../client';
import type { Database } from '../client';
import { freshTestDatabase, testDatabaseUrl } from '../testing/test-database';
import type { TestDatabaseTarget } from '../testing/test-database';
import { createMigration } from './create-migration';
import { migrateDatabase } from './migrate-database';
import { applyMigrations } from './apply-migrations';
import { openConnection } from '../adapters';
import { mkdir } from 'node:fs/promises';
import { closeDiffDatabase, diffMigrationsToSchema, openDiffDatabase } from './diff';
import { migrationsDir, schemaPath } from './migrations-dir';
import { pgliteTemplate } from '../testing/pglite-templates';

async function migrationFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe('migrations and schema.prisma', () => {
  // Every diff replays the migrations into one shared scratch PGlite (diff.ts), started from the
  // run's empty cluster (testing/global-setup.ts) rather than by initdb: initdb in WebAssembly
  // was most of this test's time (5–10 s idle, 35–70 s on a saturated two-core machine). The
  // start and the engine's WebAssembly load are set-up, done once before the tests; each diff
  // is then a replay of the migrations, well under a second on an idle machine.
  const scratchCluster = pgliteTemplate('empty');
  beforeAll(() => openDiffDatabase({ scratchCluster }));
  afterAll(closeDiffDatabase);

  it('agree: the diff from the committed migrations to schema.prisma is empty', async () => {
    const script = await diffMigrationsToSchema({ scratchCluster });
    expect(script, 'schema.prisma changed without a migration: run `pnpm db:migration <name>`').toBe('');
  });

  describe('createMigration on a scratch copy', () => {
    let scratch: string | undefined;
    afterEach(async () => {
      if (scratch) await rm(scratch, { recursive: true, force: true });
      scratch = undefined;
    });

    it('writes the delta when the schema gains a field, and nothing when they agree', async () => {
      scratch = await mkdtemp(join(tmpdir(), 'sme-db-migrations-'));
      const dir = join(scratch, 'migrations');
      await cp(migrationsDir, dir, { recursive: true });
      const changedSchema = join(scratch, 'schema.prisma');
      const schema = await readFile(schemaPath, 'utf8');
      await writeFile(
        changedSchema,
        schema.replace('  nameEn    String?\n', '  nameEn    String?\n  phone     String?\n'),
      );

      expect(await createMigration('nothing', { migrationsDir: dir, scratchCluster })).toBeNull();

      const written = await createMigration('Add unit phone', {
        migrationsDir: dir,
        schemaPath: changedSchema,
        now: new Date('2030-01-02T03:04:05Z'),
        scratchCluster,
      });
      expect(written?.name).toBe('20300102030405_add_unit_phone');
      expect(written?.sql).toContain('ALTER TABLE "Unit" ADD COLUMN     "phone" TEXT;');
      expect(await migrationFolders(dir)).toContain('20300102030405_add_unit_phone');
      expect(await diffMigrationsToSchema({ migrationsDir: dir, schemaPath: changedSchema, scratchCluster })).toBe('');
    });
  });
});

describe('applying migrations', () => {
  let target: TestDatabaseTarget | undefined;
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    await target?.dispose();
    db = undefined;
    target = undefined;
  });

  it('records one finished row per migration in _prisma_migrations, and is idempotent', async () => {
    target = freshTestDatabase();
    const folders = await migrationFolders(migrationsDir);
    db = await createDatabase({ ...target.options, migrate: true, pgliteTemplate: pgliteTemplate('empty') });
    expect(db.appliedMigrationNames).toEqual(folders);

    const rows = await db.prisma.$queryRaw<
      { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number }[]
    >`SELECT migration_name, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    await db.close();
    db = undefined;
    if (!target.options.databaseUrl) return; // in-memory PGlite is gone once closed
    db = await createDatabase({ ...target.options, migrate: true });
    expect(db.appliedMigrationNames).toEqual([]);
  });
});

describe('a failing migration', () => {
  it('is reported as an error and not recorded as finished', async () => {
    const target = freshTestDatabase();
    const scratch = await mkdtemp(join(tmpdir(), 'sme-db-broken-'));
    const connection = await openConnection({ ...target.options, pgliteTemplate: pgliteTemplate('empty') });
    try {
      const dir = join(scratch, 'migrations');
      await cp(migrationsDir, dir, { recursive: true });
      await mkdir(join(dir, '20300101000000_broken'));
      await writeFile(
        join(dir, '20300101000000_broken', 'migration.sql'),
        'ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n',
      );
      await expect(applyMigrations(connection, { migrationsDir: dir })).rejects.toThrow(/NoSuchTable/);

      const adapter = await connection.factory.connect();
      const rows = await adapter.queryRaw({
        sql: `SELECT finished_at FROM _prisma_migrations WHERE migration_name = '20300101000000_broken'`,
        args: [],
        argTypes: [],
      });
      expect(rows.rows).toEqual([[null]]);
    } finally {
      await connection.close();
      await target.dispose();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

describe.skipIf(testDatabaseUrl())('PGlite on disk', () => {
  let dataDir: string | undefined;
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  });

  it('migrates, closes, then opens the same directory for the client; data survives', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sme-db-pglite-'));
    const folders = await migrationFolders(migrationsDir);
    expect((await migrateDatabase({ dataDir, pgliteTemplate: pgliteTemplate('empty') })).appliedMigrationNames).toEqual(
      folders,
    );

    const first = await createDatabase({ dataDir });
    await first.prisma.unit.create({ data: { code: 'MAG', name: '杂志社', kind: 'MAGAZINE' } });
    await first.close();

    expect((await migrateDatabase({ dataDir })).appliedMigrationNames).toEqual([]);
    const second = await createDatabase({ dataDir, migrate: true });
    try {
      expect(second.appliedMigrationNames).toEqual([]);
      expect(await second.prisma.unit.count()).toBe(1);
    } finally {
      await second.close();
    }
  });
});
