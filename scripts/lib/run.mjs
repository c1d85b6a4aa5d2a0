// Shared by `npm start` and `npm test`: run pnpm (fetched by npx on a machine that has only
// Node and npm) and make sure the workspace is installed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PNPM = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).packageManager; // "pnpm@x.y.z"

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export function pnpm(args, options) {
  return run('npx', ['-y', PNPM, ...args], options);
}

// Install when node_modules is missing or older than the lockfile (after a pull).
export async function ensureInstalled() {
  const marker = join(repoRoot, 'node_modules/.modules.yaml');
  const lock = join(repoRoot, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.info('Installing dependencies (first run or lockfile changed)…');
  await pnpm(['install', '--frozen-lockfile']);
}

export async function main(fn) {
  try {
    await fn();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
