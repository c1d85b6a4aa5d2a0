// The messages between the API's thread and the embedded database's worker thread. Everything
// crossing is structured-cloneable data: Prisma's driver-adapter interface (SQL text and
// arguments in, column names, types and rows out) was designed to cross a boundary like this.
import type { IsolationLevel, SqlQuery, TransactionOptions } from '@prisma/driver-adapter-utils';
import type { PgliteLocation } from '../adapters';

export type WorkerData = PgliteLocation;

/** `tx` names a transaction the worker holds open; without it the statement runs outside one. */
export type RequestBody =
  | { op: 'queryRaw' | 'executeRaw'; tx?: number | undefined; query: SqlQuery }
  | { op: 'executeScript'; script: string }
  | { op: 'startTransaction'; isolationLevel?: IsolationLevel | undefined }
  | { op: 'commit' | 'rollback'; tx: number }
  | { op: 'dumpDataDir' }
  | { op: 'close' };

export type Request = RequestBody & { id: number };

/** What `startTransaction` answers. */
export type StartedTransaction = { tx: number; options: TransactionOptions };

/** An error as it crosses: a driver-adapter error keeps its payload (Prisma maps it to P2002 …). */
export type SerializedError = {
  name: string;
  message: string;
  stack: string | undefined;
  cause?: unknown;
  code?: unknown;
};

export type Reply = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: SerializedError });

/** PGlite's file-system errors are Emscripten objects, not Errors ({ name: 'ErrnoError', errno }). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const { name, errno } = error as { name?: unknown; errno?: unknown };
    if (typeof name === 'string') return typeof errno === 'number' ? `${name} (errno ${errno})` : name;
  }
  return String(error);
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: describeError(error), stack: undefined };
  const { code } = error as { code?: unknown };
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(error.name === 'DriverAdapterError' ? { cause: error.cause } : {}),
    ...(typeof code === 'string' ? { code } : {}),
  };
}
