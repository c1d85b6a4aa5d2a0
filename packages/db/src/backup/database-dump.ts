import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseOptions } from '../options';
import { parsePostgresUrl } from '../options';
import { listTables, referencedStorageKeys, tableChecksums, type TableChecksum } from './table-checksums';
import { openSqlSession } from './sql-session';

const run = promisify(execFile);

/** The file a backup keeps the database in, by kind. */
export const DUMP_FILE = { pglite: 'database.pglite.tar.gz', postgresql: 'database.pgdump' } as const;

/** What a backup records about the database, from the very state it dumped. */
export type DatabaseSnapshot = { tables: TableChecksum[]; storageKeys: string[] };

/**
 * Writes the database to `file` and returns the checksums of the state written:
 * - embedded PGlite: its data directory as a gzipped tarball (PGlite's own `dumpDataDir`,
 *   loaded back with `loadDataDir`) — the API must be stopped, PGlite allows one opener;
 * - PostgreSQL: `pg_dump --format=custom` of the schema in use, while the API runs. The
 *   checksums are read in a repeatable-read transaction whose snapshot pg_dump is given
 *   (`--snapshot`), so they describe exactly the rows in the dump.
 */
export async function dumpDatabase(options: DatabaseOptions, file: string): Promise<DatabaseSnapshot> {
  const session = await openSqlSession(options);
  try {
    if (session.kind === 'pglite') {
      const snapshot = { tables: await tableChecksums(session), storageKeys: await referencedStorageKeys(session) };
      const tarball = await session.pglite!.dumpDataDir('gzip');
      await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
      return snapshot;
    }
    const { connectionString, schema } = parsePostgresUrl(options.databaseUrl!);
    await session.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ id } = { id: '' }] = await session.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    const snapshot = { tables: await tableChecksums(session), storageKeys: await referencedStorageKeys(session) };
    await run(await pgTool('pg_dump'), [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--snapshot=${id}`,
      ...(schema ? ['--schema', schema] : []),
      '--file',
      file,
      '--dbname',
      connectionString,
    ]);
    await session.query('COMMIT');
    return snapshot;
  } finally {
    await session.close();
  }
}

/**
 * Loads a dump into an EMPTY target (a missing or empty data directory; a PostgreSQL schema
 * without tables): a restore never merges into live data.
 */
export async function restoreDatabase(options: DatabaseOptions, file: string): Promise<void> {
  if (options.databaseUrl) {
    const session = await openSqlSession(options);
    try {
      const tables = await listTables(session);
      if (tables.length > 0) {
        throw new Error(
          `the target schema "${session.schema}" already has ${tables.length} tables; restore only into an empty database`,
        );
      }
    } finally {
      await session.close();
    }
    const { connectionString } = parsePostgresUrl(options.databaseUrl);
    // --clean --if-exists: the dump re-creates its schema, which an empty database may already
    // have (public); nothing else is there to drop, as checked above.
    await run(await pgTool('pg_restore'), [
      '--no-owner',
      '--no-privileges',
      '--clean',
      '--if-exists',
      '--exit-on-error',
      '--single-transaction',
      '--dbname',
      connectionString,
      file,
    ]);
    return;
  }
  if (!options.dataDir) throw new Error('an embedded database needs its data directory');
  const existing = await readdir(options.dataDir).catch(() => []);
  if (existing.length > 0)
    throw new Error(`the data directory ${options.dataDir} is not empty; restore only into an empty one`);
  const bytes = await readFile(file);
  await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: new Blob([bytes]) });
  await pglite.close();
}

/** pg_dump / pg_restore on PATH, or Debian's versioned directory (newest first). */
async function pgTool(name: 'pg_dump' | 'pg_restore'): Promise<string> {
  try {
    await run(name, ['--version']);
    return name;
  } catch {
    const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
    for (const version of versions.sort((a, b) => Number(b) - Number(a))) {
      const candidate = `/usr/lib/postgresql/${version}/bin/${name}`;
      try {
        await run(candidate, ['--version']);
        return candidate;
      } catch {
        // try the next
      }
    }
    throw new Error(`${name} is not installed: a PostgreSQL backup needs the PostgreSQL client tools`);
  }
}
