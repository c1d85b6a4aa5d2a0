// The API's side of the embedded database's worker thread (pglite-worker.ts): a Prisma
// driver-adapter factory whose calls are messages to the worker. Start it as early as possible
// (the API's main.ts does so before loading the application) and pass it to createDatabase.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import type {
  ConnectionInfo,
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import type { PgliteLocation } from '../adapters';
import type { Reply, Request, RequestBody, SerializedError, StartedTransaction, WorkerData } from './protocol';

export type PgliteWorker = {
  /** Settles when the database is open, or could not be opened (with the worker's error). */
  ready: Promise<void>;
  /** The driver-adapter factory for Prisma and the migration engine (one shared connection). */
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The data directory as an uncompressed tarball (PGlite's `dumpDataDir`). */
  dumpDataDir(): Promise<Buffer>;
  /** Closes the database and ends the thread. */
  close(): Promise<void>;
};

// What pglite-prisma-adapter answers in the worker; known before it opens.
const ADAPTER_NAME = 'pglite-prisma-adapter';
const CONNECTION_INFO: ConnectionInfo = { supportsRelationJoins: true };

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/** Starts the worker thread and begins opening the database in it at once. */
export function startPgliteWorker(location: PgliteLocation): PgliteWorker {
  const worker = new Worker(workerEntry(), { workerData: { ...location } satisfies WorkerData });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stopped: Error | undefined;
  let closing = false;

  const ready = new Promise<void>((resolve, reject) => {
    pending.set(0, {
      resolve: () => resolve(),
      reject,
    });
  });
  // A database that fails to open says so to whoever awaits `ready`, and to every statement.
  ready.catch((error: Error) => (stopped ??= error));

  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(deserializeError(reply.error));
  });
  const stop = (error: Error) => {
    stopped ??= error;
    for (const waiting of pending.values()) waiting.reject(stopped);
    pending.clear();
  };
  worker.on('error', (error) =>
    stop(new Error(`the embedded database's worker thread failed: ${error.message}`, { cause: error })),
  );
  worker.on('exit', (code) =>
    stop(
      new Error(
        closing
          ? 'the embedded database is closed'
          : `the embedded database's worker thread stopped (exit code ${code})`,
      ),
    ),
  );

  const call = <T>(request: RequestBody): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id } satisfies Request);
    });
  };

  const queryable = (tx?: number) => ({
    provider: 'postgres' as const,
    adapterName: ADAPTER_NAME,
    queryRaw: (query: SqlQuery) => call<SqlResultSet>({ op: 'queryRaw', tx, query }),
    executeRaw: (query: SqlQuery) => call<number>({ op: 'executeRaw', tx, query }),
  });

  const adapter: SqlDriverAdapter = {
    ...queryable(),
    executeScript: (script: string) => call<void>({ op: 'executeScript', script }),
    startTransaction: async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
      const { tx, options } = await call<StartedTransaction>({ op: 'startTransaction', isolationLevel });
      return {
        ...queryable(tx),
        options,
        commit: () => call<void>({ op: 'commit', tx }),
        rollback: () => call<void>({ op: 'rollback', tx }),
      };
    },
    getConnectionInfo: (): ConnectionInfo => CONNECTION_INFO,
    // One connection shared by every Prisma client and the migration engine: disposing one
    // of them leaves it open (close() ends it).
    dispose: async () => undefined,
  };

  let closed: Promise<void> | undefined;
  const closeOnce = async () => {
    if (stopped) return;
    closing = true;
    try {
      // A database that never opened has nothing to close; one that did shuts down cleanly.
      if (
        await ready.then(
          () => true,
          () => false,
        )
      )
        await call<void>({ op: 'close' });
    } finally {
      await worker.terminate();
    }
  };

  return {
    ready,
    factory: {
      provider: 'postgres',
      adapterName: ADAPTER_NAME,
      // Without waiting for the database to open: statements sent meanwhile wait in the
      // worker's queue, and Prisma loads its query compiler in the meantime (createDatabase).
      connect: async () => adapter,
      connectToShadowDb: () =>
        Promise.reject(
          new Error(
            'a shadow database is not available through the embedded database worker; diff with an in-process PGlite',
          ),
        ),
    },
    dumpDataDir: async () => Buffer.from(await call<ArrayBuffer>({ op: 'dumpDataDir' })),
    // Once, however often it is called: a second close waits for the first.
    close: () => (closed ??= closeOnce()),
  };
}

function deserializeError(error: SerializedError): Error {
  const rebuilt =
    error.name === 'DriverAdapterError' && typeof error.cause === 'object' && error.cause !== null
      ? new DriverAdapterError(error.cause as ConstructorParameters<typeof DriverAdapterError>[0])
      : Object.assign(
          new Error(error.message),
          { name: error.name },
          error.code === undefined ? {} : { code: error.code },
        );
  // The worker's stack says where in the database the error arose; this thread's would only
  // show the message port.
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * The worker's code: beside the bundle in the production build (dist/pglite-worker.js), else
 * this folder's TypeScript through run-from-source.mjs.
 */
function workerEntry(): URL {
  const built = new URL('./pglite-worker.js', import.meta.url);
  return !import.meta.url.endsWith('.ts') && existsSync(built)
    ? built
    : new URL('./run-from-source.mjs', import.meta.url);
}
