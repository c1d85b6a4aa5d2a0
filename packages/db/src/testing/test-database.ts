// Integration tests run on in-memory PGlite by default and on PostgreSQL when DATABASE_URL is
// set (the one place this package reads the environment: tests only). On PostgreSQL each
// call gets its own freshly created schema, dropped again by `dispose`, so runs never meet.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parsePostgresUrl } from '../options';
import type { DatabaseOptions } from '../options';

export type TestDatabaseTarget = {
  options: DatabaseOptions;
  /** Drops the PostgreSQL schema (no-op for PGlite). */
  dispose(): Promise<void>;
};

export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function freshTestDatabase(): TestDatabaseTarget {
  const base = testDatabaseUrl();
  if (!base) return { options: {}, dispose: async () => {} };
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return {
    options: { databaseUrl: url.toString() },
    dispose: async () => {
      const client = new pg.Client({ connectionString: parsePostgresUrl(base).connectionString });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
