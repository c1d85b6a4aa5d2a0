// Runs `prisma generate` offline. The Prisma CLI checks for its native schema engine on every
// command and tries to download it from a host these machines cannot reach; `generate` never
// runs the engine, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable is enough
// (see this package's README). A real engine, when configured, is left alone.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
const configured = env.PRISMA_SCHEMA_ENGINE_BINARY;
if (!configured || !existsSync(configured)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.platform === 'win32' ? process.execPath : '/bin/true';
}

const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const args = [cli, 'generate', '--schema', 'prisma/schema.prisma', ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
