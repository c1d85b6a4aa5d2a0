// The built API (dist/main.js) started as `npm start` starts it: the start script's environment
// and node flags, read from package.json so that the system and scale-out tests run what
// production runs. Used by *.system.test.ts (vitest.system.config.ts) and the scale-out test.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const builtEntry = join(apiRoot, 'dist/main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** apps/api's start script (`NAME=value … node <flags> dist/main.js`): its environment and flags. */
export function productionCommand(): { env: Record<string, string>; flags: string[] } {
  const pkg = JSON.parse(readFileSync(join(apiRoot, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/).filter(Boolean);
  const node = words.indexOf('node');
  const env = Object.fromEntries(
    words
      .slice(0, Math.max(0, node))
      .map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
  );
  return { env, flags: words.slice(node + 1).filter((word) => word.startsWith('--')) };
}

export type BuiltApi = {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Settles with the exit code (or signal) once the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
};

/** Spawns dist/main.js with `env` over the production command's; does not wait for it to listen. */
export function spawnBuiltApi(env: Record<string, string | undefined>): BuiltApi {
  if (!existsSync(builtEntry)) throw new Error(`${builtEntry} is missing: build the API first (npm run build)`);
  const production = productionCommand();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...production.env, NODE_ENV: 'production', ...env };
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
  const child = spawn(process.execPath, [...production.flags, builtEntry], {
    cwd: apiRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${env.PORT ?? 4000}`;
  return {
    child,
    url,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Spawns the built API and waits until /readyz answers 200 (or throws with its output). */
export async function startBuiltApi(env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<BuiltApi> {
  const port = env.PORT ?? String(await freePort());
  const api = spawnBuiltApi({ HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env, PORT: port });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.child.exitCode !== null || api.child.signalCode !== null)
      throw new Error(
        `the API exited during start-up (${api.child.exitCode ?? api.child.signalCode}):\n${api.output()}`,
      );
    try {
      const response = await fetch(`${api.url}/readyz`);
      if (response.ok) return api;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await api.stop();
      throw new Error(`the API did not become ready within ${timeoutMs / 1000} s:\n${api.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
