import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import type { DatabaseKind, DatabaseOptions } from './options';
import { parsePostgresUrl } from './options';

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
 * Prisma client and the migration engine, so PGlite's data directory is opened once.
 */
export async function openConnection(options: DatabaseOptions): Promise<Connection> {
  if (options.databaseUrl) {
    const { connectionString, schema } = parsePostgresUrl(options.databaseUrl);
    const pool = new pg.Pool({
      connectionString,
      ...(schema ? { options: `-c search_path="${schema.replaceAll('"', '""')}"` } : {}),
    });
    const factory = new PrismaPg(pool, schema ? { schema } : undefined);
    return { kind: 'postgresql', factory, schema, close: () => pool.end() };
  }
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.pgliteTemplate ? { loadDataDir: new Blob([await readFile(options.pgliteTemplate)]) } : {}),
  });
  const factory = fixPgliteExecuteScript(new PrismaPGlite(client));
  return { kind: 'pglite', factory, schema: undefined, close: () => client.close(), pglite: client };
}

/**
 * Two fixes over pglite-prisma-adapter 0.7.2:
 * - its `executeScript` calls `client.exec(script)` without awaiting it, so a failing
 *   migration script would be reported as applied: await it here;
 * - its shadow database (used by the schema engine to replay migrations when diffing) is a
 *   new in-memory PGlite that is never closed: close it when the engine disposes it.
 */
function fixPgliteExecuteScript(factory: PrismaPGlite): SqlMigrationAwareDriverAdapterFactory {
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
export function withAwaitedScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const client = (adapter as unknown as { client?: unknown }).client;
  if (!(client instanceof PGlite)) return adapter;
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}
