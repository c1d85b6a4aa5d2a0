// Downloads one of the API's streamed exports (GET /api/exports/<list>.csv|.xlsx)
// with the session cookie, reading the body chunk by chunk so the list's progress indicator can
// move while a long export streams, then hands the file to the browser as a download.

export type ExportFormat = 'xlsx' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

/** The export route's URL: the list's filters as query parameters, empty ones left out. */
export function exportUrl(
  list: string,
  format: ExportFormat,
  params: Record<string, string | number | null | undefined> = {},
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `/api/exports/${encodeURIComponent(list)}.${format}${query ? `?${query}` : ''}`;
}

/** The file name from Content-Disposition (RFC 6266 `filename*` first, it carries the Chinese title). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // a malformed name: fall through to the plain one
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

export class ExportError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export type DownloadExportOptions = {
  /** Called with 0–100 while the body streams; only when the server says how many bytes (else indeterminate). */
  report?: (percent: number) => void;
  /** Called with the bytes received so far, for an indicator without a known total. */
  onBytes?: (bytes: number) => void;
  language?: string;
};

/** Fetches the export and saves it; resolves with the file name once the browser has it. */
export async function downloadExport(
  list: string,
  format: ExportFormat,
  params: Record<string, string | number | null | undefined> = {},
  options: DownloadExportOptions = {},
): Promise<string> {
  const response = await fetch(exportUrl(list, format, params), {
    credentials: 'include',
    headers: options.language ? { 'accept-language': options.language } : {},
  });
  if (!response.ok) {
    let message = `HTTP ${response.status}`;
    try {
      const body = (await response.json()) as { error?: string };
      if (body.error) message = body.error;
    } catch {
      // not JSON
    }
    throw new ExportError(response.status, message);
  }
  const total = Number(response.headers.get('content-length') ?? '') || 0;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      options.onBytes?.(received);
      if (total > 0) options.report?.((received / total) * 100);
    }
  } else {
    chunks.push(new Uint8Array(await response.arrayBuffer()));
  }
  const fileName = fileNameFrom(response.headers.get('content-disposition'), `${list}.${format}`);
  const blob = new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // give the browser a moment to start the download before the object URL goes
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return fileName;
}
