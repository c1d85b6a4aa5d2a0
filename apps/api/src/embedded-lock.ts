// Who holds the embedded database's data directory. PGlite allows one process at a time on a
// directory, and does not itself stop a second one from opening it: a backup (or restore) taken
// while the API writes copies a database in the middle of being changed. The API therefore
// writes DATA_DIR/pglite.lock (its pid and a heartbeat it renews) while it has the directory open,
// and `npm run backup` / `npm run restore` refuse while that lock is live.
import { hostname } from 'node:os';
import { readFileSync, rmSync, utimesSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const EMBEDDED_LOCK_FILE = 'pglite.lock';
/** How often the holder renews the heartbeat, and how old a heartbeat may be and still count. */
export const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_MS = 30_000;

export type EmbeddedLockHolder = { pid: number; host: string; since: string; heartbeatAgeMs: number };

/**
 * Marks `dataDir` as held by this process until it exits (or `release` is called). A lock left
 * by a process that ended without removing it is simply replaced.
 */
export function holdEmbeddedDataDir(dataDir: string): { release(): void } {
  const path = join(dataDir, EMBEDDED_LOCK_FILE);
  writeFileSync(path, `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`);
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // removed under us (a restore into a fresh directory): nothing to renew
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    process.off('exit', release);
    // Only our own lock: a later holder's stays.
    if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return { release };
}

/** The process that holds `dataDir` now, or undefined (no lock, or one left by an ended process). */
export function embeddedDataDirHolder(dataDir: string, now = Date.now()): EmbeddedLockHolder | undefined {
  const path = join(dataDir, EMBEDDED_LOCK_FILE);
  const holder = readHolder(path);
  if (!holder || holder.pid === process.pid) return undefined;
  let heartbeatAgeMs: number;
  try {
    heartbeatAgeMs = now - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  if (heartbeatAgeMs > STALE_AFTER_MS) return undefined;
  // On this machine a dead pid settles it; another machine's (a shared disk) only by its heartbeat.
  if (holder.host === hostname() && !processIsAlive(holder.pid)) return undefined;
  return { ...holder, heartbeatAgeMs };
}

/** Throws the message the backup and restore commands print when the API holds `dataDir`. */
export function refuseWhileHeld(dataDir: string, action: 'back up' | 'restore into'): void {
  const holder = embeddedDataDirHolder(dataDir);
  if (!holder) return;
  throw new Error(
    `cannot ${action} the embedded database while the API (process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, ` +
      `running since ${holder.since}) has ${dataDir} open: the embedded database allows one process. Stop the API, then run this again.`,
  );
}

function readHolder(path: string): { pid: number; host: string; since: string } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; host?: unknown; since?: unknown };
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return undefined;
    return { pid: parsed.pid, host: String(parsed.host ?? ''), since: String(parsed.since ?? '') };
  } catch {
    return undefined;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
