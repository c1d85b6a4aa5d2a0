import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { ErrorRegistry, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

export type { SchemaEngine };

// The tsconfig has no DOM lib, where TypeScript declares `WebAssembly`; type the one call used.
type WasmApi = {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};
const wasmApi = (): WasmApi => (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let loading: Promise<void> | undefined;

/**
 * Loads Prisma's schema engine compiled to WebAssembly. The package entry imports the `.wasm`
 * file as an ES module, which Node 20 rejects, so instantiate it by hand. The
 * wasm-bindgen module keeps one global instance; load it once per process.
 */
export function loadWasm(): Promise<void> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(join(dirname(bgPath), 'schema_engine_bg.wasm'));
    const { instance } = await wasmApi().instantiate(bytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loading;
}

/**
 * Starts a schema engine on a driver-adapter factory. `datamodel` is schema.prisma's text
 * when the operation needs it (diffs against the schema); applying migrations does not.
 */
export async function startEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  datamodel?: { path: string; content: string },
  log: (message: string) => void = () => {},
): Promise<EngineHandle> {
  await loadWasm();
  const datamodels: [string, string][] | undefined = datamodel ? [[datamodel.path, datamodel.content]] : undefined;
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await bindings.SchemaEngine.new({ datamodels }, log, bound);
  return {
    engine,
    run: async (operation) => {
      try {
        return await operation(engine);
      } catch (error) {
        throw withDriverError(error, bound.errorRegistry);
      }
    },
    free: () => engine.free(),
  };
}

export type EngineHandle = {
  engine: SchemaEngine;
  /** Runs an engine call, replacing "External error id#n" by the database's own error. */
  run<T>(operation: (engine: SchemaEngine) => Promise<T>): Promise<T>;
  free(): void;
};

/**
 * The engine reports driver failures as "external connector error … External error id#n";
 * the actual database error sits in the adapter's error registry under that id.
 */
function withDriverError(error: unknown, registry: ErrorRegistry): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const record = id === undefined ? undefined : registry.consumeError(Number(id));
  if (!record) return error;
  const cause = record.error;
  const detail =
    cause instanceof Error ? cause.message : typeof cause === 'object' && cause ? JSON.stringify(cause) : String(cause);
  return new Error(`${detail}\n${message}`, { cause });
}
