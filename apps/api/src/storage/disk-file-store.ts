import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { contentKey, isContentKey, type FileStore } from './file-store.js';

/** Files under `root` (DATA_DIR/files by default), one file per content key. */
export function diskFileStore(root: string): FileStore {
  const pathOf = (key: string): string => {
    // Keys come from our own database, but a path is built from them: accept only our shape.
    if (!isContentKey(key)) throw new Error(`not a storage key: ${key}`);
    return join(root, ...key.split('/'));
  };
  return {
    kind: 'disk',
    async put(bytes, sha256) {
      const key = contentKey(sha256);
      const path = pathOf(key);
      const exists = await stat(path).then(
        (s) => s.size === bytes.length,
        () => false,
      );
      if (exists) return key;
      await mkdir(dirname(path), { recursive: true });
      // Write beside it, then rename: a reader never sees a half-written file.
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, path);
      return key;
    },
    async get(key) {
      return readFile(pathOf(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
    },
  };
}
