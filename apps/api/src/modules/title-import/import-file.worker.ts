// The thread that reads an uploaded spreadsheet (import-file-isolated.ts starts it with its own
// heap limit): whatever the file inflates to, running out of memory ends this thread, not the API.
import { parentPort, workerData } from 'node:worker_threads';
import { parseImportFile } from './import-file.js';

const { bytes } = workerData as { bytes: Uint8Array };
parentPort?.postMessage(await parseImportFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
