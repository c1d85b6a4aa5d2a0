import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * A number that changes after every committed change to the embedded database's data.
 *
 * Only the process that opened an embedded database can reach it (PGlite is one connection,
 * and its data directory one opener), so every change passes through its driver adapter. A
 * value read while the number stayed the same is therefore still current: the API caches its
 * lists' counts on it (count-cache.ts), which on PGlite are most of a list request
 * (docs/performance.md). PostgreSQL has other writers and gets no such number.
 */
export type DataVersion = () => number;

/**
 * Wraps an embedded database's driver-adapter factory so that `version()` changes once a
 * statement that may have changed data has completed, or a transaction that ran one has ended.
 *
 * The number changes after the change, never before: a reader that took the number and then
 * read the data may have seen the change under the old number, which is then no longer asked
 * for; a reader that took the new number can only have read after the change. What may change
 * data is decided from the statement, erring towards changing the number:
 * - a statement that starts with SELECT does not;
 * - an INSERT, UPDATE or DELETE does when it touched a row, as far as its answer tells (the
 *   job runner's outbox claim, every five seconds, usually touches none): its affected count,
 *   or the rows of its RETURNING clause; one without RETURNING sent as a query always does;
 * - anything else does (DDL, TRUNCATE, VACUUM, scripts, a writable WITH).
 * A SELECT that called a function which writes would not be seen: the schema has no such
 * function or trigger, and one added later must keep this in mind.
 */
export function trackDataVersion(factory: SqlMigrationAwareDriverAdapterFactory): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  version: DataVersion;
} {
  let version = 0;
  const changed = () => {
    version += 1;
  };

  const adapter = (inner: SqlDriverAdapter): SqlDriverAdapter =>
    override(inner, {
      queryRaw: async (query: SqlQuery) => {
        const result = await inner.queryRaw(query);
        if (mayHaveChanged(query.sql, rowsReturned(query.sql, result.rows.length))) changed();
        return result;
      },
      executeRaw: async (query: SqlQuery) => {
        const affected = await inner.executeRaw(query);
        if (mayHaveChanged(query.sql, affected)) changed();
        return affected;
      },
      executeScript: async (script: string) => {
        try {
          await inner.executeScript(script);
        } finally {
          changed();
        }
      },
      startTransaction: async (...args: Parameters<SqlDriverAdapter['startTransaction']>) =>
        transaction(await inner.startTransaction(...args)),
    });

  // Inside a transaction nothing is visible to other readers until it ends; PGlite holds its
  // one connection for the transaction, so no other statement runs meanwhile. The number
  // changes when a transaction that wrote ends, committed or not (a rollback is rare and
  // changing the number for it costs only a recount).
  const transaction = (inner: Transaction): Transaction => {
    let wrote = false;
    const ended = () => {
      if (wrote) changed();
    };
    return override(inner, {
      queryRaw: async (query: SqlQuery) => {
        const result = await inner.queryRaw(query);
        if (mayHaveChanged(query.sql, rowsReturned(query.sql, result.rows.length))) wrote = true;
        return result;
      },
      executeRaw: async (query: SqlQuery) => {
        const affected = await inner.executeRaw(query);
        if (mayHaveChanged(query.sql, affected)) wrote = true;
        return affected;
      },
      commit: () => inner.commit().finally(ended),
      rollback: () => inner.rollback().finally(ended),
    });
  };

  return {
    version: () => version,
    factory: override(factory, {
      connect: async () => adapter(await factory.connect()),
      connectToShadowDb: async () => adapter(await factory.connectToShadowDb()),
    }),
  };
}

const READ = /^\s*select\b/i;
const ROW_CHANGE = /^\s*(insert|update|delete)\b/i;

/**
 * Whether a completed statement may have changed data (see trackDataVersion); `rowsTouched`
 * is undefined when its answer cannot tell.
 */
export function mayHaveChanged(sql: string, rowsTouched: number | undefined): boolean {
  if (READ.test(sql)) return false;
  if (ROW_CHANGE.test(sql)) return rowsTouched === undefined || rowsTouched > 0;
  return true;
}

/** A query's rows count the rows it touched only when it returns them (RETURNING). */
function rowsReturned(sql: string, rows: number): number | undefined {
  return /\breturning\b/i.test(sql) ? rows : undefined;
}

/**
 * `target` with some methods replaced; every other member is the target's own (adapters are
 * class instances, whose methods a spread would lose).
 */
function override<T extends object>(target: T, replaced: Partial<T>): T {
  return new Proxy(target, {
    get(object, key) {
      if (Object.hasOwn(replaced, key)) return replaced[key as keyof T];
      const value: unknown = Reflect.get(object, key, object);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}
