import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseKind, DatabaseOptions } from './options';
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
  /** The PGlite instance, when that is the database (for dumping its data directory). */
  pglite?: PGlite;
};

/**
 * Opens PGlite (one in-process connection) or a PostgreSQL pool. The same factory serves the
 * Prisma client and the migration engine, so PGlite's data directory is opened once. Only the
 * driver in use is loaded (the other one would cost start-up time and idle memory).
 */
export async function openConnection(options: DatabaseOptions): Promise<Connection> {
  if (options.databaseUrl) {
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import('pg'), import('@prisma/adapter-pg')]);
    const { connectionString, schema } = parsePostgresUrl(options.databaseUrl);
    const pool = new pg.Pool({
      connectionString,
      ...(schema ? { options: `-c search_path="${schema.replaceAll('"', '""')}"` } : {}),
    });
    const factory = new PrismaPg(pool, { ...(schema ? { schema } : {}), statementNameGenerator: preparedStatementName });
    return { kind: 'postgresql', factory, schema, close: () => pool.end() };
  }
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import('@electric-sql/pglite'), import('pglite-prisma-adapter')]);
  const client = await PGlite.create({
    // initdb's postgresql.conf asks for 128 MB of shared buffers, which the WebAssembly heap
    // allocates and zeroes at every start: ~110 MiB of resident memory and seconds of start-up
    // for one in-process connection whose files the OS caches anyway (README, Performance).
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.pgliteTemplate ? { loadDataDir: new Blob([await readFile(options.pgliteTemplate)]) } : {}),
  });
  const factory = fixPgliteExecuteScript(new PrismaPGlite(client), PGlite, PrismaPGlite);
  return { kind: 'pglite', factory, schema: undefined, close: () => client.close(), pglite: client };
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

function fixPgliteExecuteScript(factory: InstanceType<PrismaPGliteClass>, PGlite: PGliteClass, PrismaPGlite: PrismaPGliteClass): SqlMigrationAwareDriverAdapterFactory {
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
