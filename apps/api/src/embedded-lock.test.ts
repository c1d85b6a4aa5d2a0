import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDED_LOCK_FILE, embeddedDataDirHolder, holdEmbeddedDataDir, refuseWhileHeld } from './embedded-lock.js';

let dataDir: string;
let other: ChildProcess | undefined;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sme-lock-'));
});
afterEach(() => {
  other?.kill('SIGKILL');
  other = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

/** A lock as another process on this machine writes it. */
function lockOf(pid: number, host = hostname()) {
  writeFileSync(join(dataDir, EMBEDDED_LOCK_FILE), JSON.stringify({ pid, host, since: '2026-12-01T08:00:00.000Z' }));
}

function anotherLiveProcess(): number {
  other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return other.pid!;
}

describe('the embedded data directory lock', () => {
  it('is free without a lock file', () => {
    expect(embeddedDataDirHolder(dataDir)).toBeUndefined();
    expect(() => refuseWhileHeld(dataDir, 'back up')).not.toThrow();
  });

  it('refuses a backup while a live process holds the directory, naming it and what to do', () => {
    const pid = anotherLiveProcess();
    lockOf(pid);
    expect(embeddedDataDirHolder(dataDir)?.pid).toBe(pid);
    expect(() => refuseWhileHeld(dataDir, 'back up')).toThrow(
      new RegExp(`cannot back up the embedded database while the API \\(process ${pid}.*Stop the API`),
    );
  });

  it('ignores a lock left by a process that has ended', async () => {
    const pid = anotherLiveProcess();
    lockOf(pid);
    const exited = new Promise((resolve) => other!.once('exit', resolve));
    other!.kill('SIGKILL');
    await exited;
    expect(embeddedDataDirHolder(dataDir)).toBeUndefined();
  });

  it('ignores a lock whose heartbeat stopped (another machine, or a reused pid)', () => {
    lockOf(anotherLiveProcess(), 'another-host');
    expect(embeddedDataDirHolder(dataDir)?.host).toBe('another-host');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dataDir, EMBEDDED_LOCK_FILE), old, old);
    expect(embeddedDataDirHolder(dataDir)).toBeUndefined();
  });

  it('is written by the holder and removed when it lets go', () => {
    const lock = holdEmbeddedDataDir(dataDir);
    expect(existsSync(join(dataDir, EMBEDDED_LOCK_FILE))).toBe(true);
    lock.release();
    expect(existsSync(join(dataDir, EMBEDDED_LOCK_FILE))).toBe(false);
  });
});
