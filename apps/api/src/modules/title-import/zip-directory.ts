// What a zip file (an .xlsx is one) says it will unpack to, read from its central directory
// without inflating anything. A spreadsheet "bomb" — a few megabytes that inflate to hundreds —
// is refused from these figures before any parser sees it.

export type ZipDirectory = { entries: number; uncompressedBytes: number };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

/** null when the bytes are not a readable zip, or use ZIP64 (no spreadsheet this system takes needs it). */
export function readZipDirectory(bytes: Buffer): ZipDirectory | null {
  const searchFrom = Math.max(0, bytes.length - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN_LENGTH; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return null;
  if (directoryOffset + directorySize > eocd) return null;
  let uncompressedBytes = 0;
  let at = directoryOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE) return null;
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return null;
    uncompressedBytes += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { entries, uncompressedBytes };
}
