// Starts the whole system as `npm start` runs it (the API serving both built front ends) on
// a free loopback port with a fresh embedded database and the demo data, and drives it with
// Debian's Chromium through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
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

export type RunningSystem = { baseUrl: string; stop(): Promise<void> };

/**
 * Starts the API on a fresh data directory. Within a test run the directory is a copy of the
 * one global-setup.ts made (migrated and seeded once), so each file starts from the same fresh
 * demo data without migrating and seeding again; `fresh: true` (or no template) starts empty,
 * as a first `npm start` does.
 */
export async function startSystem(options: { fresh?: boolean } = {}): Promise<RunningSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sme-browser-'));
  const template = options.fresh ? null : inject('seededDataDir');
  if (template) cpSync(template, dataDir, { recursive: true });
  return startApi(dataDir, { removeDataDirOnStop: true });
}

/** The API (`tsx src/main.ts`: the sources under test, not a possibly stale build) on `dataDir`. */
export async function startApi(dataDir: string, options: { removeDataDirOnStop: boolean }): Promise<RunningSystem> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  // The browser tests always use an embedded database with the demo data.
  delete env.DATABASE_URL;
  const tsx = join(repoRoot, 'apps/api/node_modules/.bin/tsx');
  // its own process group, so that stopping it also stops the node process tsx starts
  const child: ChildProcess = spawn(tsx, ['src/main.ts'], {
    cwd: join(repoRoot, 'apps/api'),
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const removeDataDir = () => {
    if (options.removeDataDirOnStop) rmSync(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  // generous: the machine is shared, and a slow start is not what these tests judge
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the system exited during start-up (code ${child.exitCode})`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // leave no server behind when start-up fails (afterAll has no handle to stop it)
      killGroup('SIGKILL');
      removeDataDir();
      throw new Error('the system did not answer /healthz within 180 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // SIGTERM: the API finishes requests and closes the database cleanly (a copy of the
        // data directory made afterwards is consistent).
        killGroup('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
        if (child.exitCode === null) killGroup('SIGKILL');
      }
      removeDataDir();
    },
  };
}

// Playwright gives every launch a fresh, throw-away profile directory.
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without the networking flags Chromium floods the closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type SystemAndBrowser = { readonly system: RunningSystem; readonly browser: Browser };

/**
 * One running system and one Chromium for the test file that calls this (at its top level):
 * started before its first test, both stopped after its last. Read `.system` and `.browser` in
 * tests and in the file's own hooks, which vitest runs after these (in the order registered).
 */
export function useSystemAndBrowser(options: { fresh?: boolean } = {}): SystemAndBrowser {
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    system = await startSystem(options);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`the ${what} is not started: read it inside a test or hook, not at the top of the file`);
    return value;
  };
  return {
    get system() {
      return started(system, 'system');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
