// Uploads one file of an Art. 7 material kind over the HTTP route of CONTRACT.md, with progress.
// XMLHttpRequest rather than fetch: only it reports upload progress.

export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

export type UploadedVersion = { id: string; documentId?: string; kind: string; fileName: string; contentType: string; sizeBytes: number; sha256: string };

export type UploadFailure = {
  /** HTTP status, or 0 when the request never got an answer. */
  status: number;
  /** The API's code (UNSUPPORTED_FILE_TYPE, FILE_TOO_LARGE…), when it sent one. */
  code: string | null;
  /** The API's message in the page's language, when it sent one. */
  serverMessage: string | null;
};

export type UploadOutcome = { ok: true; version: UploadedVersion } | { ok: false; failure: UploadFailure };

/** The failure the API sent as JSON `{ error, message, messageEn }`, in the page's language. */
export function failureOf(status: number, body: string, language: string): UploadFailure {
  let parsed: { error?: unknown; message?: unknown; messageEn?: unknown } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // not JSON: a proxy's page, or nothing
  }
  const zh = typeof parsed.message === 'string' ? parsed.message : null;
  const en = typeof parsed.messageEn === 'string' ? parsed.messageEn : null;
  return {
    status,
    code: typeof parsed.error === 'string' ? parsed.error : null,
    serverMessage: language.startsWith('en') ? (en ?? zh) : (zh ?? en),
  };
}

/** Refused before sending: the API would refuse a file over 20 MiB without storing it anyway. */
export function refuseBeforeSending(file: { size: number }): UploadFailure | null {
  if (file.size > MAX_MATERIAL_BYTES) return { status: 413, code: 'FILE_TOO_LARGE', serverMessage: null };
  if (file.size === 0) return { status: 400, code: 'NO_FILE', serverMessage: null };
  return null;
}

export function uploadMaterial(options: {
  applicationId: string;
  kind: string;
  /** "new" for another document of the kind, a document's id for a new version of it; else the kind's first document. */
  document?: string;
  file: File;
  language: string;
  onProgress: (percent: number) => void;
  signal?: AbortSignal;
}): Promise<UploadOutcome> {
  const { applicationId, kind, document, file, language, onProgress, signal } = options;
  const refused = refuseBeforeSending(file);
  if (refused) return Promise.resolve({ ok: false, failure: refused });
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const query = document ? `?document=${encodeURIComponent(document)}` : '';
    xhr.open('POST', `/api/applications/${encodeURIComponent(applicationId)}/materials/${encodeURIComponent(kind)}${query}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.setRequestHeader('accept-language', language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress((event.loaded / event.total) * 100);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          resolve({ ok: true, version: JSON.parse(xhr.responseText) as UploadedVersion });
          return;
        } catch {
          // fall through: an answer we cannot read is a failure
        }
      }
      resolve({ ok: false, failure: failureOf(xhr.status, xhr.responseText, language) });
    };
    xhr.onerror = () => resolve({ ok: false, failure: { status: 0, code: null, serverMessage: null } });
    xhr.onabort = () => resolve({ ok: false, failure: { status: 0, code: 'ABORTED', serverMessage: null } });
    signal?.addEventListener('abort', () => xhr.abort());
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}
