import { createHash } from 'node:crypto';

/**
 * Where uploaded files live (files sit behind a small port, chosen by STORAGE). Content-addressed: the
 * key is derived from the SHA-256 of the bytes, so a blob is written once however often it is
 * uploaded, and a key always names the same bytes. Implementations: local disk (default) and
 * S3-compatible object storage for several API processes (chosen by STORAGE in env.ts).
 */
export type FileStore = {
  readonly kind: 'disk' | 's3';
  /** Stores the bytes (idempotent) and returns their key. */
  put(bytes: Buffer, sha256: string): Promise<string>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
};

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `sha256/ab/cd/abcd…`: two levels of fan-out keep directories (and S3 listings) small. */
export function contentKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a hex SHA-256');
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

export function isContentKey(key: string): boolean {
  return /^sha256\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key);
}
