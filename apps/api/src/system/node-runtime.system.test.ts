// The root scripts under a Node older than 22 (Debian 12's Node 20, for one): they run again under
// the pinned Node 24 (scripts/lib/node-runtime.mjs), and so does every process they start.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiRoot } from './built-api.js';

const repoRoot = join(apiRoot, '../..');
const pinned = readFileSync(join(repoRoot, '.nvmrc'), 'utf8').trim();

/** A `node` on PATH older than 22, if this machine has one. */
function olderNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    const version = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    if (Number(version.split('.')[0]) < 22) return candidate;
  }
  return undefined;
}

const old = olderNode();

function withoutProvisionedNode(path: string): string {
  return path
    .split(delimiter)
    .filter((dir) => !dir.startsWith(join(repoRoot, '.node-runtime')))
    .join(delimiter);
}

describe('a root script started by an older Node', () => {
  it.skipIf(!old)(`runs under Node ${pinned}, and so do the processes it starts`, () => {
    // `node scripts/pnpm.mjs exec node -p …` is what `npm run <script>` does: the script, then
    // pnpm, then a `node` found on PATH.
    const result = spawnSync(
      old!,
      ['scripts/pnpm.mjs', 'exec', 'node', '-p', '`${process.version} ${process.execPath}`'],
      {
        cwd: repoRoot,
        // The PATH of a machine with only the older Node: without the provisioned one on it.
        env: { ...process.env, PATH: withoutProvisionedNode(process.env.PATH ?? '') },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const [version, execPath] = result.stdout.trim().split('\n').at(-1)!.split(' ');
    expect(version).toBe(`v${pinned}`);
    expect(execPath).toContain(join(repoRoot, '.node-runtime'));
  });
});
