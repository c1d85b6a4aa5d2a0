// Generates src/generated/pothos-prisma-types.ts (Pothos's view of the Prisma models) from the
// schema owned by packages/db. The Pothos generator is an API concern, so instead of adding it
// to packages/db's schema we run it here on a copy of that schema with only this generator.
// Offline: the Prisma CLI only needs PRISMA_SCHEMA_ENGINE_BINARY to point at an executable
// for `generate` (packages/db/README.md, "How migrations work offline").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dbSchema = join(apiRoot, '../../packages/db/prisma/schema.prisma');
const workDir = join(apiRoot, 'node_modules/.pothos-generate');
const output = join(apiRoot, 'src/generated/pothos-prisma-types.ts');
const generatorBin = join(dirname(require.resolve('@pothos/plugin-prisma')), '../bin/generator.js');

const source = readFileSync(dbSchema, 'utf8');
// Keep the client generator (its preview features shape the schema) but point it away from
// packages/db and run only the pothos generator: this run writes nothing into packages/db.
const redirected = source.replace(
  /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/,
  `$1"${join(workDir, 'client')}"`,
);
const schema = `${redirected}
generator pothos {
  provider     = "node ${generatorBin}"
  clientOutput = "@sme/db"
  output       = "${output}"
}
`;
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
writeFileSync(join(workDir, 'schema.prisma'), schema);

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.platform === 'win32' ? process.execPath : '/bin/true';
}
const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(
  process.execPath,
  [cli, 'generate', '--generator', 'pothos', '--schema', join(workDir, 'schema.prisma')],
  {
    cwd: workDir,
    env,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
