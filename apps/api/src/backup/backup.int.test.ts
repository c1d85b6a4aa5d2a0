// The restore drill: back up a database with demo data and stored files, restore it
// into an empty target, and compare every table's checksum and every file's bytes with the
// source's — on PGlite by default, on PostgreSQL when DATABASE_URL is set.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type DatabaseOptions } from '@sme/db';
import { openSqlSession, tableChecksums } from '@sme/db/backup';
import { seedDemoData } from '@sme/db/seed';
import { freshTestDatabase } from '@sme/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diskFileStore, sha256Of } from '../storage/index.js';
import { createBackup, restoreBackup } from './backup.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database with the demo data and two uploaded files, one of them used twice. */
async function populatedSource(database: DatabaseOptions, filesRoot: string) {
  if (database.dataDir) await mkdir(database.dataDir, { recursive: true });
  const db = await createDatabase({ ...database, migrate: true });
  try {
    const store = diskFileStore(filesRoot);
    // The demo data stores its own materials' bytes too.
    await seedDemoData(db.prisma, { today: '2026-03-02', storeFile: (bytes, sha256) => store.put(bytes, sha256) });
    const application = await db.prisma.application.findFirstOrThrow({
      include: { organisation: { include: { users: true } } },
    });
    const uploader = application.organisation.users[0] ?? (await db.prisma.user.findFirstOrThrow());
    const blobs = [
      Buffer.from('%PDF-1.4\n营业执照扫描件\n%%EOF\n'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    ];
    for (const [index, bytes] of [blobs[0]!, blobs[1]!, blobs[0]!].entries()) {
      const sha256 = sha256Of(bytes);
      const storageKey = await store.put(bytes, sha256);
      await db.prisma.material.create({
        data: {
          applicationId: application.id,
          kind: index + 2,
          versions: {
            create: {
              version: 1,
              fileName: `材料${index}.pdf`,
              mimeType: 'application/pdf',
              sizeBytes: bytes.length,
              sha256,
              storageKey,
              uploadedById: uploader.id,
            },
          },
        },
      });
    }
    // Files of the other tables with a storageKey: an objection's attachment and spot-check evidence.
    const attachment = Buffer.from('%PDF-1.4\n异议附件：服务合同\n%%EOF\n');
    const evidence = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 4, 5, 6]);
    blobs.push(attachment, evidence);
    await db.prisma.objectionAttachment.create({
      data: {
        expiresAt: new Date('2026-03-02T12:00:00Z'),
        uploadedFromIp: '203.0.113.9',
        fileName: '服务合同.pdf',
        mimeType: 'application/pdf',
        sizeBytes: attachment.length,
        sha256: sha256Of(attachment),
        storageKey: await store.put(attachment, sha256Of(attachment)),
      },
    });
    const check = await db.prisma.spotCheck.findFirstOrThrow();
    await db.prisma.spotCheckEvidenceFile.create({
      data: {
        spotCheckId: check.id,
        fileName: '台账.jpg',
        mimeType: 'image/jpeg',
        sizeBytes: evidence.length,
        sha256: sha256Of(evidence),
        storageKey: await store.put(evidence, sha256Of(evidence)),
        uploadedById: uploader.id,
      },
    });
    return { store, blobs };
  } finally {
    await db.close();
  }
}

async function checksumsOf(database: DatabaseOptions) {
  const session = await openSqlSession(database);
  try {
    return await tableChecksums(session);
  } finally {
    await session.close();
  }
}

// One source and one backup for the file: migrating and seeding an on-disk database is the slow
// part (tens of seconds on a loaded 2-core machine), so it is done once.
describe('backup and restore drill', { timeout: 300_000 }, () => {
  const source = freshTestDatabase();
  let work = '';
  let sourceOptions: DatabaseOptions;
  let blobs: Buffer[] = [];
  let before: Awaited<ReturnType<typeof checksumsOf>> = [];
  let manifest: Awaited<ReturnType<typeof createBackup>>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'sme-backup-'));
    sourceOptions = source.options.databaseUrl ? source.options : { dataDir: join(work, 'source/pglite') };
    ({ blobs } = await populatedSource(sourceOptions, join(work, 'source/files')));
    before = await checksumsOf(sourceOptions);
    manifest = await createBackup({
      database: sourceOptions,
      store: diskFileStore(join(work, 'source/files')),
      outDir: join(work, 'backup'),
    });
  }, 400_000);
  afterAll(async () => {
    await source.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it('records every table’s checksum and each stored file once', () => {
    expect(before.find((t) => t.table === 'User')?.rows).toBeGreaterThan(0);
    expect(manifest.database.tables).toEqual(before);
    // Our two distinct blobs once each, though three materials refer to them (content
    // addressing), beside the demo data's own files; nothing the database names is missing.
    const shas = manifest.files.map((f) => f.sha256);
    expect(shas).toEqual(expect.arrayContaining(blobs.map(sha256Of)));
    expect(new Set(shas).size).toBe(shas.length);
    expect(manifest.missingFiles).toEqual([]);
  });

  it('refuses a backup whose file copy was damaged, before writing anything', async () => {
    const copy = join(work, 'damaged-backup');
    await cp(join(work, 'backup'), copy, { recursive: true });
    const damaged = join(copy, 'files', ...manifest.files[0]!.key.split('/'));
    await writeFile(damaged, Buffer.concat([await readFile(damaged), Buffer.from('x')]));

    const empty = freshTestDatabase();
    cleanups.push(() => empty.dispose());
    const target: DatabaseOptions = empty.options.databaseUrl
      ? empty.options
      : { dataDir: join(work, 'damaged/pglite') };
    await expect(
      restoreBackup({ database: target, store: diskFileStore(join(work, 'damaged/files')), fromDir: copy }),
    ).rejects.toThrow(/damaged/);
    expect(await readdir(join(work, 'damaged')).catch(() => [])).toEqual([]);
  });

  it('restores into an empty target with every table and file identical, and refuses a non-empty one', async () => {
    // The target: a new empty data directory; on PostgreSQL the dump re-creates its own schema,
    // so the source schema is dropped first.
    let restored: DatabaseOptions;
    if (sourceOptions.databaseUrl) {
      await source.dispose();
      restored = sourceOptions;
    } else {
      restored = { dataDir: join(work, 'restored/pglite') };
    }
    const restoredFiles = join(work, 'restored/files');
    const report = await restoreBackup({
      database: restored,
      store: diskFileStore(restoredFiles),
      fromDir: join(work, 'backup'),
    });
    expect(report.files).toBe(manifest.files.length);

    // Independently of restoreBackup's own verification: same tables, rows and bytes.
    expect(await checksumsOf(restored)).toEqual(before);
    const store = diskFileStore(restoredFiles);
    for (const bytes of blobs) {
      const key = manifest.files.find((f) => f.sha256 === sha256Of(bytes))!.key;
      expect(await store.get(key)).toEqual(bytes);
    }
    // And the application opens it as it is: no migration left to apply, the materials there.
    const reopened = await createDatabase({ ...restored, migrate: true });
    try {
      expect(reopened.appliedMigrationNames).toEqual([]);
      expect(await reopened.prisma.materialVersion.count()).toBe(
        before.find((t) => t.table === 'MaterialVersion')?.rows,
      );
    } finally {
      await reopened.close();
    }

    // Restoring over live data is refused, and leaves it as it was.
    await expect(restoreBackup({ database: restored, store, fromDir: join(work, 'backup') })).rejects.toThrow(
      /not empty|already has/,
    );
    expect(await checksumsOf(restored)).toEqual(before);
  });
});
