import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ParsedImportFile } from './import-file.js';
import { readZipDirectory } from './zip-directory.js';

/**
 * A spreadsheet of 5,000 titles unpacks to a few megabytes; this is far above it and far below
 * what would hurt the API. Measured from the zip's own directory before anything is inflated.
 */
export const MAX_IMPORT_UNPACKED_BYTES = 32 * 1024 * 1024;
/** The reading thread's heap: several times what the largest accepted file needs. */
const WORKER_HEAP_MB = 192;
const WORKER_TIMEOUT_MS = 30_000;

export type ImportFileRefusal = {
  status: 413 | 422;
  code: 'UNPACKS_TOO_LARGE' | 'UNREADABLE_FILE';
  zhCN: string;
  en: string;
};

const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

const tooLarge = (): ImportFileRefusal => ({
  status: 413,
  code: 'UNPACKS_TOO_LARGE',
  zhCN: `该表格解压后超过 ${MAX_IMPORT_UNPACKED_BYTES / 1024 / 1024} MiB，不是一份正常的导入表格。请使用下载的模板，每次最多 5000 行。`,
  en: `The spreadsheet unpacks to more than ${MAX_IMPORT_UNPACKED_BYTES / 1024 / 1024} MiB, which no import sheet needs. Use the downloadable template, at most 5,000 rows at a time.`,
});

/**
 * Reads an uploaded XLSX or CSV (parseImportFile) on a thread with its own heap limit and time
 * limit, after refusing a zip whose directory declares more than MAX_IMPORT_UNPACKED_BYTES. A
 * file that lies in its directory still cannot take the API down: its thread runs out of memory
 * or time and the upload is refused.
 */
export async function parseImportFileIsolated(
  bytes: Buffer,
): Promise<{ ok: true; parsed: ParsedImportFile } | { ok: false; refusal: ImportFileRefusal }> {
  if (isZip(bytes)) {
    const directory = readZipDirectory(bytes);
    if (directory && directory.uncompressedBytes > MAX_IMPORT_UNPACKED_BYTES) return { ok: false, refusal: tooLarge() };
  }
  return new Promise((resolve) => {
    const worker = new Worker(workerEntry(), {
      workerData: { bytes },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const settle = (value: Awaited<ReturnType<typeof parseImportFileIsolated>>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    };
    const timer = setTimeout(() => settle({ ok: false, refusal: tooLarge() }), WORKER_TIMEOUT_MS);
    worker.once('message', (parsed: ParsedImportFile) => settle({ ok: true, parsed }));
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle({
        ok: false,
        refusal:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooLarge()
            : {
                status: 422,
                code: 'UNREADABLE_FILE',
                zhCN: '无法读取该文件，请使用下载的模板（.xlsx 或 .csv）。',
                en: 'The file could not be read; use the downloadable template (.xlsx or .csv).',
              },
      }),
    );
    worker.once('exit', () =>
      settle({
        ok: false,
        refusal: {
          status: 422,
          code: 'UNREADABLE_FILE',
          zhCN: '无法读取该文件，请使用下载的模板（.xlsx 或 .csv）。',
          en: 'The file could not be read; use the downloadable template (.xlsx or .csv).',
        },
      }),
    );
  });
}

/** Beside the bundle in the production build (dist/import-file-worker.js), else from source through tsx. */
function workerEntry(): URL {
  const built = new URL('./import-file-worker.js', import.meta.url);
  return !import.meta.url.endsWith('.ts') && existsSync(built)
    ? built
    : new URL('./import-file.worker-from-source.mjs', import.meta.url);
}
