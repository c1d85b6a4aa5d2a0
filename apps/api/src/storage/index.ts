import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppEnv } from '../env.js';
import { diskFileStore } from './disk-file-store.js';
import type { FileStore } from './file-store.js';
import { s3FileStore } from './s3-file-store.js';

export { contentKey, sha256Of, type FileStore } from './file-store.js';
export { diskFileStore } from './disk-file-store.js';
export { s3FileStore, type S3Settings } from './s3-file-store.js';

/** The store the configuration names: local disk under DATA_DIR/files, or an S3-compatible bucket. */
export function fileStoreFromEnv(env: Pick<AppEnv, 'storage' | 'dataDir'>): FileStore {
  if (env.storage.kind === 's3') return s3FileStore(env.storage);
  return diskFileStore(join(env.dataDir, 'files'));
}

/** A store in a new temporary directory: tests, and a server started without one. */
export async function temporaryFileStore(): Promise<FileStore> {
  return diskFileStore(await mkdtemp(join(tmpdir(), 'sme-files-')));
}
