import { normaliseFileName } from '@sme/domain';
import { basename, extname } from 'node:path';

const EXTENSIONS: Record<string, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' };

/**
 * A file name safe to store and to send back in Content-Disposition: no directories, no control
 * or reserved characters, at most 120 characters, and the extension of the recognised type.
 */
export function sanitiseFileName(raw: string | undefined, mimeType: string): string {
  const ext = EXTENSIONS[mimeType] ?? '';
  // NFKC with format and control characters removed (@sme/domain normaliseFileName): a
  // right-to-left override cannot make "gpj.exe" show as "exe.jpg".
  const name = basename(normaliseFileName((raw ?? '').replace(/\\/g, '/')) ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const current = extname(name).toLowerCase();
  const keep = current !== '' && (current === ext || (ext === '.jpg' && current === '.jpeg'));
  const stem = (keep ? name.slice(0, -current.length) : name).slice(0, 120 - ext.length).trim() || 'file';
  return `${stem}${keep ? current : ext}`;
}

/** Content-Disposition for a download: ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
