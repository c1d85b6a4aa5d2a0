import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { awaitScripts, PGLITE_SHARED_BUFFERS } from '../adapters';
import { loadWasm, startEngine } from './engine';
import {
  migrationsDir as defaultMigrationsDir,
  readMigrationList,
  readSchema,
  schemaPath as defaultSchemaPath,
} from './migrations-dir';

export type DiffOptions = {
  migrationsDir?: string;
  schemaPath?: string;
  /**
   * A tarball of an empty PGlite cluster (`dumpDataDir` right after initdb) to start the scratch
   * database from instead of running initdb; the tests make one per run. Only the call that
   * starts the shared scratch database uses it.
   */
  scratchCluster?: string | undefined;
};

/**
 * The SQL that takes a database built by the migrations to the state schema.prisma describes.
 * Runs the migrations on an in-memory PGlite shadow database (the adapter-pg shadow cannot
 * read some catalog types; see this package's README), so it needs no server. Returns '' when they agree.
 */
export async function diffMigrationsToSchema(options: DiffOptions = {}): Promise<string> {
  const migrationsList = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir);
  const schema = await readSchema(options.schemaPath ?? defaultSchemaPath);
  return withScratchDatabase(options.scratchCluster, async (factory) => {
    const engine = await startEngine(factory, schema);
    try {
      const result = await engine.run((schemaEngine) =>
        schemaEngine.diff({
          from: { tag: 'migrations', ...migrationsList },
          to: { tag: 'schemaDatamodel', files: [schema] },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        }),
      );
      return normaliseScript(result.stdout ?? '');
    } finally {
      engine.free();
    }
  });
}

// Starting a PGlite is the expensive part of a diff (its initdb and start-up in WebAssembly:
// seconds on an idle machine, tens of seconds on a loaded one), while replaying the migrations
// takes a fraction of that. So every diff in a process shares ONE in-memory PGlite: it is both
// the engine's main database (which a diff from migrations to the datamodel never writes) and
// its shadow, emptied before each replay. Diffs are serialised, as the one connection requires.
let scratch: Promise<PGlite> | undefined;
let queue: Promise<unknown> = Promise.resolve();

function withScratchDatabase<T>(
  cluster: string | undefined,
  use: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
): Promise<T> {
  const run = queue.then(async () => {
    scratch ??= startScratch(cluster);
    const client = await scratch;
    const base = new PrismaPGlite(client);
    await emptyPublicSchema(client);
    return use({
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => awaitScripts(await base.connect(), PGlite),
      connectToShadowDb: async () => {
        await emptyPublicSchema(client);
        return awaitScripts(await base.connect(), PGlite);
      },
    });
  });
  queue = run.catch(() => undefined);
  return run;
}

async function startScratch(cluster: string | undefined): Promise<PGlite> {
  // The small buffer pool of the app's PGlite (adapters.ts): allocating initdb's 128 MB in the
  // WebAssembly heap is a good part of a start.
  const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];
  return PGlite.create({ startParams, ...(cluster ? { loadDataDir: new Blob([await readFile(cluster)]) } : {}) });
}

async function emptyPublicSchema(client: PGlite): Promise<void> {
  await client.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
}

/**
 * Starts the shared scratch database, loads the schema engine and warms both ahead of the first
 * diff, so a caller pays the start-up where it belongs (a test's `beforeAll`) and its diffs take
 * well under a second. Warming matters: V8 compiles PGlite's WebAssembly lazily, function by
 * function, so the first replay of the migrations into a cluster loaded from a tarball costs
 * 3–4× the next one (measured 2.5 s vs 0.6 s idle); one replay here compiles those paths.
 */
export async function openDiffDatabase(
  options: Pick<DiffOptions, 'scratchCluster' | 'migrationsDir'> = {},
): Promise<void> {
  const migrations = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir);
  await Promise.all([
    withScratchDatabase(options.scratchCluster, async () => {
      const client = await scratch!;
      for (const folder of migrations.migrationDirectories) {
        if (folder.migrationFile.content.tag === 'ok') await client.exec(folder.migrationFile.content.value);
      }
      await emptyPublicSchema(client);
    }),
    loadWasm(),
  ]);
}

/** Closes the shared scratch database (CLIs call this so the process can end promptly). */
export async function closeDiffDatabase(): Promise<void> {
  await queue;
  const open = scratch;
  scratch = undefined;
  if (open) await (await open).close();
}

/** The engine prints a comment line for an empty diff; treat comment-only output as empty. */
function normaliseScript(script: string): string {
  const meaningful = script.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--'));
  return meaningful ? script.trim() + '\n' : '';
}
