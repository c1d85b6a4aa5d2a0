import { quoteIdentifier, type SqlSession } from './sql-session';

/** Rows and a digest of their contents, per table: what a restore must reproduce exactly. */
export type TableChecksum = { table: string; rows: number; digest: string };

export async function listTables(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [session.schema],
  );
  return rows.map((r) => r.table_name);
}

/**
 * md5 over the sorted md5s of every row's text form: independent of physical row order (which
 * a restore may change), sensitive to any changed, missing or extra row.
 */
export async function tableChecksums(session: SqlSession): Promise<TableChecksum[]> {
  const result: TableChecksum[] = [];
  for (const table of await listTables(session)) {
    const qualified = `${quoteIdentifier(session.schema)}.${quoteIdentifier(table)}`;
    const [row] = await session.query<{ rows: number; digest: string | null }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS digest
         FROM (SELECT md5(t::text) AS h FROM ${qualified} t) hashed`,
    );
    result.push({ table, rows: row?.rows ?? 0, digest: row?.digest ?? '' });
  }
  return result;
}

/** Every storage key the database refers to: any table's `storageKey` column (materials, evidence…). */
export async function referencedStorageKeys(session: SqlSession): Promise<string[]> {
  const columns = await session.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = $1 AND column_name = 'storageKey' ORDER BY table_name`,
    [session.schema],
  );
  const keys = new Set<string>();
  for (const { table_name } of columns) {
    const qualified = `${quoteIdentifier(session.schema)}.${quoteIdentifier(table_name)}`;
    for (const row of await session.query<{ key: string }>(
      `SELECT DISTINCT "storageKey" AS key FROM ${qualified} WHERE "storageKey" IS NOT NULL`,
    )) {
      keys.add(row.key);
    }
  }
  return [...keys].sort();
}
