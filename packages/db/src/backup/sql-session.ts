import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseKind, DatabaseOptions } from '../options';
import { parsePostgresUrl } from '../options';

/**
 * A plain SQL connection for operations tools (backup, restore, checksums), beside Prisma: they
 * need the raw driver (PGlite's data-directory dump, `pg` for catalog queries) and must not load
 * the application's client.
 */
export type SqlSession = {
  kind: DatabaseKind;
  /** The PostgreSQL schema holding the tables ('public' unless the URL names another). */
  schema: string;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
  /** PGlite only: the open instance (for `dumpDataDir`). */
  pglite?: PGlite;
};

export async function openSqlSession(options: DatabaseOptions): Promise<SqlSession> {
  if (options.databaseUrl) {
    const { connectionString, schema } = parsePostgresUrl(options.databaseUrl);
    const client = new pg.Client({ connectionString });
    await client.connect();
    return {
      kind: 'postgresql',
      schema: schema ?? 'public',
      query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
      close: () => client.end(),
    };
  }
  if (!options.dataDir) throw new Error('an embedded database needs its data directory');
  const pglite = await PGlite.create({ dataDir: options.dataDir });
  return {
    kind: 'pglite',
    schema: 'public',
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
    close: () => pglite.close(),
    pglite,
  };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
