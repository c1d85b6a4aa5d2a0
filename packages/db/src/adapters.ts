import { createHash } from 'node:crypto';
import { cp, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { trackDataVersion, type DataVersion } from './data-version';
import type { DatabaseKind, DatabaseOptions } from './options';
import type { PgliteWorker } from './pglite-worker/host';
import { parsePostgresUrl } from './options';

/** PGlite's buffer pool (PostgreSQL's shared_buffers); see openConnection. */
export const PGLITE_SHARED_BUFFERS = '16MB';

/**
 * Named prepared statements on PostgreSQL: each connection parses and plans a statement text
 * once, and after five runs PostgreSQL may keep a generic plan, instead of parsing and planning
 * every request's statements again (the detail page's one joined statement cost more to plan
 * than to run). The name is a digest of the text, so the same text always has the same name.
 * Not for a pooler in transaction mode (PgBouncer < 1.21), where a connection's statements are
 * not the session's.
 */
function preparedStatementName(query: { sql: string }): string {
  return `sme_${createHash('sha1').update(query.sql).digest('base64url')}`;
}

/** An open connection target: the driver-adapter factory plus how to release it. */
export type Connection = {
  kind: DatabaseKind;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** PostgreSQL schema in use (undefined = public). */
  schema: string | undefined;
  close(): Promise<void>;
  /** Settles once the database is open; the factory may be used before (PGlite in a worker). */
  ready: Promise<void>;
  /** PGlite only: its data directory as an uncompressed tarball (tests' templates). */
  dumpDataDir?: () => Promise<Buffer>;
  /** PGlite only: changes after every change to the data (data-version.ts). */
  dataVersion?: DataVersion;
};

/** Where an embedded database's files come from (see DatabaseOptions). */
export type PgliteLocation = { dataDir?: string | undefined; pgliteTemplate?: string | undefined };

/**
 * Opens PGlite (one in-process connection) or a PostgreSQL pool. The same factory serves the
 * Prisma client and the migration engine, so PGlite's data directory is opened once. Only the
 * driver in use is loaded (the other one would cost start-up time and idle memory).
 */
export async function openConnection(
  options: DatabaseOptions & { pgliteWorker?: PgliteWorker | undefined },
): Promise<Connection> {
  if (options.databaseUrl) {
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import('pg'), import('@prisma/adapter-pg')]);
    const { connectionString, schema } = parsePostgresUrl(options.databaseUrl);
    const pool = new pg.Pool({
      connectionString,
      ...(schema ? { options: `-c search_path="${schema.replaceAll('"', '""')}"` } : {}),
    });
    const factory = new PrismaPg(pool, {
      ...(schema ? { schema } : {}),
      statementNameGenerator: preparedStatementName,
    });
    return { kind: 'postgresql', factory, schema, ready: Promise.resolve(), close: () => pool.end() };
  }
  if (options.pgliteWorker) {
    // Not waiting for it to open: see createDatabase.
    const worker = options.pgliteWorker;
    const { factory, version } = trackDataVersion(worker.factory);
    return {
      kind: 'pglite',
      factory,
      dataVersion: version,
      schema: undefined,
      ready: worker.ready,
      close: () => worker.close(),
      dumpDataDir: () => worker.dumpDataDir(),
    };
  }
  const { client, factory: untracked } = await openPglite(options);
  const { factory, version } = trackDataVersion(untracked);
  return {
    kind: 'pglite',
    factory,
    dataVersion: version,
    schema: undefined,
    ready: Promise.resolve(),
    close: () => client.close(),
    dumpDataDir: async () => Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()),
  };
}

/**
 * Opens PGlite in this thread: the instance and the driver-adapter factory over it. The API
 * runs this in a worker thread (pglite-worker/), tests and tools in their own thread.
 */
export async function openPglite(
  options: PgliteLocation,
): Promise<{ client: PGlite; factory: SqlMigrationAwareDriverAdapterFactory }> {
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('pglite-prisma-adapter'),
  ]);
  let loadDataDir: Blob | undefined;
  if (options.pgliteTemplate) {
    if ((await stat(options.pgliteTemplate)).isDirectory()) {
      // A data directory is copied file by file (the API's build ships one): a fraction of a
      // second, where unpacking a tarball into PGlite's memory and writing it out took ~2 s.
      if (!options.dataDir)
        throw new Error('starting from a template directory needs a data directory to copy it into');
      await copyDataDirectory(options.pgliteTemplate, options.dataDir);
    } else {
      loadDataDir = new Blob([await readFile(options.pgliteTemplate)]);
    }
  }
  const client = await PGlite.create({
    // initdb's postgresql.conf asks for 128 MB of shared buffers, which the WebAssembly heap
    // allocates and zeroes at every start: ~110 MiB of resident memory and seconds of start-up
    // for one in-process connection whose files the OS caches anyway (docs/performance.md).
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  return { client, factory: fixPgliteExecuteScript(new PrismaPGlite(client), PGlite, PrismaPGlite) };
}

/**
 * Copies a data directory into place whole or not at all: an interrupted copy must not leave a
 * half-made database that the next start would open. The target may exist only as an empty
 * directory (rmdir refuses anything else).
 */
async function copyDataDirectory(from: string, to: string): Promise<void> {
  const partial = `${to}.partial`;
  await rm(partial, { recursive: true, force: true });
  await cp(from, partial, { recursive: true });
  await rmdir(to).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(partial, to);
}

/**
 * Two fixes over pglite-prisma-adapter 0.7.2:
 * - its `executeScript` calls `client.exec(script)` without awaiting it, so a failing
 *   migration script would be reported as applied: await it here;
 * - its shadow database (used by the schema engine to replay migrations when diffing) is a
 *   new in-memory PGlite that is never closed: close it when the engine disposes it.
 */
type PGliteClass = typeof import('@electric-sql/pglite').PGlite;
type PrismaPGliteClass = typeof import('pglite-prisma-adapter').PrismaPGlite;

function fixPgliteExecuteScript(
  factory: InstanceType<PrismaPGliteClass>,
  PGlite: PGliteClass,
  PrismaPGlite: PrismaPGliteClass,
): SqlMigrationAwareDriverAdapterFactory {
  const withAwaitedScripts = (adapter: SqlDriverAdapter) => awaitScripts(adapter, PGlite);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withAwaitedScripts(await factory.connect()),
    connectToShadowDb: async () => {
      const shadow = await PGlite.create();
      const adapter = withAwaitedScripts(await new PrismaPGlite(shadow).connect());
      adapter.dispose = () => shadow.close();
      return adapter;
    },
  };
}

/** pglite-prisma-adapter's executeScript does not await the script (see above). */
export function awaitScripts(adapter: SqlDriverAdapter, PGlite: PGliteClass): SqlDriverAdapter {
  const client = (adapter as unknown as { client?: unknown }).client;
  if (!(client instanceof PGlite)) return adapter;
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}
