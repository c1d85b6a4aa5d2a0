// Sends one file as multipart part `file` to an /api upload route, with progress. Every upload of
// both front ends goes through here (materials, objection attachments, spot-check evidence).
// XMLHttpRequest rather than fetch: only it reports upload progress.

export type PostFileFailure = {
  /** HTTP status, or 0 when the request never got an answer. */
  status: number;
  /** The API's code (UNSUPPORTED_FILE_TYPE, FILE_TOO_LARGE…), when it sent one. */
  code: string | null;
  /** The API's message in the page's language, when it sent one. */
  serverMessage: string | null;
};

export type PostFileOutcome<T> = { ok: true; body: T } | { ok: false; failure: PostFileFailure };

/** The failure the API sent as JSON `{ error, message, messageEn }`, in the page's language. */
export function failureOf(status: number, body: string, language: string): PostFileFailure {
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

/** Refused before sending: the API would refuse it without storing it anyway. */
export function refuseBeforeSending(file: { size: number }, maxBytes: number): PostFileFailure | null {
  if (file.size > maxBytes) return { status: 413, code: 'FILE_TOO_LARGE', serverMessage: null };
  if (file.size === 0) return { status: 400, code: 'NO_FILE', serverMessage: null };
  return null;
}

export function postFile<T>(options: {
  url: string;
  file: File;
  maxBytes: number;
  language: string;
  onProgress: (percent: number) => void;
  signal?: AbortSignal;
}): Promise<PostFileOutcome<T>> {
  const { url, file, maxBytes, language, onProgress, signal } = options;
  const refused = refuseBeforeSending(file, maxBytes);
  if (refused) return Promise.resolve({ ok: false, failure: refused });
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    // the API's CSRF guard (docs/security.md), and the language its refusals are worded in
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.setRequestHeader('accept-language', language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress((event.loaded / event.total) * 100);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          resolve({ ok: true, body: JSON.parse(xhr.responseText) as T });
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
