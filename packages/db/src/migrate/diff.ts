import { openConnection } from '../adapters';
import { startEngine } from './engine';
import { migrationsDir as defaultMigrationsDir, readMigrationList, readSchema, schemaPath as defaultSchemaPath } from './migrations-dir';

export type DiffOptions = { migrationsDir?: string; schemaPath?: string };

/**
 * The SQL that takes a database built by the migrations to the state schema.prisma describes.
 * Runs the migrations on an in-memory PGlite shadow database (the adapter-pg shadow cannot
 * read some catalog types, STACK.md), so it needs no server. Returns '' when they agree.
 */
export async function diffMigrationsToSchema(options: DiffOptions = {}): Promise<string> {
  const migrationsList = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir);
  const schema = await readSchema(options.schemaPath ?? defaultSchemaPath);
  const connection = await openConnection({});
  try {
    const engine = await startEngine(connection.factory, schema);
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
  } finally {
    await connection.close();
  }
}

/** The engine prints a comment line for an empty diff; treat comment-only output as empty. */
function normaliseScript(script: string): string {
  const meaningful = script.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--'));
  return meaningful ? script.trim() + '\n' : '';
}
