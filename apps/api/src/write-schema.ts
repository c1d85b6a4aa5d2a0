// Writes the committed SDL the front ends type their operations against.
// `--check` fails instead of writing when the file is stale (used by tests and CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from './schema.js';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const sdl = `${printSchema(schema)}\n`;

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== sdl) {
    console.error('apps/api/schema.graphql is stale: run `pnpm schema:write` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(target, sdl);
}
