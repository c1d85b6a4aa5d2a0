// Backup and restore of everything the system keeps: the database and the stored files.
// A backup is a directory: the database dump, the files the database
// refers to (by content key), and a manifest with a checksum of every table and file, so a
// restore proves it reproduced the data rather than hoping so.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DatabaseOptions } from '@sme/db';
import {
  DUMP_FILE,
  dumpDatabase,
  openSqlSession,
  restoreDatabase,
  tableChecksums,
  type TableChecksum,
} from '@sme/db/backup';
import { sha256Of, type FileStore } from '../storage/index.js';

export type BackupManifest = {
  format: 1;
  createdAt: string;
  database: { kind: 'pglite' | 'postgresql'; file: string; tables: TableChecksum[] };
  files: { key: string; sha256: string; bytes: number }[];
  /** Keys the database refers to whose bytes the store did not have when the backup ran. */
  missingFiles: string[];
};

export type BackupProgress = (message: string) => void;

const MANIFEST = 'manifest.json';
const FILES = 'files';

export async function createBackup(options: {
  database: DatabaseOptions;
  store: FileStore;
  outDir: string;
  progress?: BackupProgress;
}): Promise<BackupManifest> {
  const { database, store, outDir, progress = () => {} } = options;
  const existing = await readdir(outDir).catch(() => []);
  if (existing.length > 0) throw new Error(`the backup directory ${outDir} is not empty`);
  await mkdir(outDir, { recursive: true });

  const kind = database.databaseUrl ? 'postgresql' : 'pglite';
  const dumpFile = DUMP_FILE[kind];
  progress(`database (${kind}) → ${dumpFile}`);
  const snapshot = await dumpDatabase(database, join(outDir, dumpFile));

  const files: BackupManifest['files'] = [];
  const missingFiles: string[] = [];
  for (const [index, key] of snapshot.storageKeys.entries()) {
    if (index % 100 === 0) progress(`files ${index}/${snapshot.storageKeys.length}`);
    const bytes = await store.get(key);
    if (!bytes) {
      missingFiles.push(key);
      continue;
    }
    const path = join(outDir, FILES, ...key.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    files.push({ key, sha256: sha256Of(bytes), bytes: bytes.length });
  }
  progress(
    `files ${files.length}/${snapshot.storageKeys.length}${missingFiles.length ? `, ${missingFiles.length} missing from storage` : ''}`,
  );

  const manifest: BackupManifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    database: { kind, file: dumpFile, tables: snapshot.tables },
    files,
    missingFiles,
  };
  await writeFile(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export type RestoreReport = { tables: number; rows: number; files: number };

/**
 * Restores a backup into an empty database and the configured store, then verifies: every
 * table's checksum and every file's SHA-256 must equal the manifest's, or it throws naming them.
 */
export async function restoreBackup(options: {
  database: DatabaseOptions;
  store: FileStore;
  fromDir: string;
  progress?: BackupProgress;
}): Promise<RestoreReport> {
  const { database, store, fromDir, progress = () => {} } = options;
  const manifest = JSON.parse(await readFile(join(fromDir, MANIFEST), 'utf8')) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`unknown backup format ${String(manifest.format)}`);
  const kind = database.databaseUrl ? 'postgresql' : 'pglite';
  if (manifest.database.kind !== kind) {
    throw new Error(`this backup is of a ${manifest.database.kind} database; the configured database is ${kind}`);
  }

  // Files first and checked before anything is written: a damaged backup leaves the target empty.
  const blobs: { key: string; sha256: string; bytes: Buffer }[] = [];
  for (const file of manifest.files) {
    const bytes = await readFile(join(fromDir, FILES, ...file.key.split('/')));
    if (sha256Of(bytes) !== file.sha256)
      throw new Error(`the backup's copy of ${file.key} is damaged (SHA-256 differs from the manifest)`);
    blobs.push({ key: file.key, sha256: file.sha256, bytes });
  }

  progress(`database (${kind}) ← ${manifest.database.file}`);
  await restoreDatabase(database, join(fromDir, manifest.database.file));
  for (const [index, blob] of blobs.entries()) {
    if (index % 100 === 0) progress(`files ${index}/${blobs.length}`);
    const key = await store.put(blob.bytes, blob.sha256);
    if (key !== blob.key) throw new Error(`the store filed ${blob.key} under ${key}`);
  }

  progress('verifying');
  const session = await openSqlSession(database);
  let restored: TableChecksum[];
  try {
    restored = await tableChecksums(session);
  } finally {
    await session.close();
  }
  const differing = compareTables(manifest.database.tables, restored);
  if (differing.length > 0) throw new Error(`restored tables differ from the backup: ${differing.join(', ')}`);
  for (const file of manifest.files) {
    const bytes = await store.get(file.key);
    if (!bytes || sha256Of(bytes) !== file.sha256) throw new Error(`restored file ${file.key} differs from the backup`);
  }
  return {
    tables: restored.length,
    rows: restored.reduce((sum, t) => sum + t.rows, 0),
    files: manifest.files.length,
  };
}

/** Names of tables missing, extra or with other contents. */
export function compareTables(expected: TableChecksum[], actual: TableChecksum[]): string[] {
  const byName = new Map(actual.map((t) => [t.table, t]));
  const differing = expected.filter((t) => {
    const other = byName.get(t.table);
    return !other || other.rows !== t.rows || other.digest !== t.digest;
  });
  const extra = actual.filter((t) => !expected.some((e) => e.table === t.table));
  return [...differing, ...extra].map((t) => t.table);
}
