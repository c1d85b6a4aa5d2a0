/**
 * Where the data lives. The app reads its environment and passes these values; the package
 * never reads `process.env`.
 * - `databaseUrl` set → PostgreSQL (`postgresql://user:pass@host:5432/db`, optionally
 *   `?schema=name` to use a schema other than `public`).
 * - otherwise PGlite in-process: `dataDir` is its data directory on disk, or in memory when
 *   omitted (tests).
 */
export type DatabaseOptions = {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /**
   * PGlite only: start from this data-directory tarball (`dumpDataDir`), or from a copy of this
   * data directory (into `dataDir`), instead of an empty cluster. Tests use a tarball to migrate
   * and seed once per run, not once per test file; the API's build ships a directory.
   */
  pgliteTemplate?: string | undefined;
};

export type DatabaseKind = 'pglite' | 'postgresql';

export type PostgresTarget = {
  /** Connection string without the `schema` parameter (pg does not know it). */
  connectionString: string;
  /** PostgreSQL schema for Prisma's tables; undefined means `public`. */
  schema: string | undefined;
};

/** Splits Prisma's `?schema=` parameter off a PostgreSQL URL. */
export function parsePostgresUrl(databaseUrl: string): PostgresTarget {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), schema: schema === 'public' ? undefined : schema };
}
