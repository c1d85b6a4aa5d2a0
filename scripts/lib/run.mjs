// Shared by every root script (`npm start`, `npm test`, …): run under the project's Node
// (node-runtime.mjs), run pnpm (fetched by npx on a machine that has only Node and npm) and make
// sure the workspace is installed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeRuntime } from './node-runtime.mjs';

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

// Test counts seen in the output of the runs below (vitest's "Tests  12 passed (12)" and
// node:test's "# pass 3"), for one plain closing line a CI can read.
export const testCounts = { passed: 0, failed: 0, skipped: 0, cachedTasks: 0 };

const ANSI = /\u001b\[[0-9;]*m/g;
function countTests(line) {
  const plain = line.replace(ANSI, '');
  if (/:test(:browser)?: cache hit, suppressing logs/.test(plain)) testCounts.cachedTasks += 1;
  const vitest = /\bTests\s+(.*)\(\d+\)\s*$/.exec(plain);
  if (vitest) {
    for (const [, n, kind] of vitest[1].matchAll(/(\d+) (passed|failed|skipped)/g)) testCounts[kind] += Number(n);
    return;
  }
  const nodeTest = /# (pass|fail|skipped) (\d+)\s*$/.exec(plain);
  if (nodeTest) testCounts[{ pass: 'passed', fail: 'failed', skipped: 'skipped' }[nodeTest[1]]] += Number(nodeTest[2]);
}

/** Like pnpm(), echoing the output while counting the tests it reports. */
export function pnpmCountingTests(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['-y', PNPM, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(countTests);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      countTests(pending);
      if (code === 0) resolve();
      else reject(new Error(`pnpm ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export function printTestSummary() {
  const { passed, failed, skipped, cachedTasks } = testCounts;
  if (cachedTasks) console.info(`\n(${cachedTasks} test task(s) replayed from turbo's cache are not counted below)`);
  console.info(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

// Install when node_modules is missing or older than the lockfile (after a pull).
export async function ensureInstalled() {
  const marker = join(repoRoot, 'node_modules/.modules.yaml');
  const lock = join(repoRoot, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.info('Installing dependencies (first run or lockfile changed)…');
  await pnpm(['install', '--frozen-lockfile']);
}

/** Every root script's body: under Node older than 22, it runs again under the pinned Node 24. */
export async function main(fn) {
  try {
    await ensureNodeRuntime();
    await fn();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
