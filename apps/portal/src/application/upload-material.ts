// Uploads one file of an Art. 7 material kind over the API's materials route, with progress,
// through the front ends' one upload path (postFile in @sme/client).
import {
  failureOf as failureOfAnswer,
  postFile,
  refuseBeforeSending as refuseOverLimit,
  type PostFileFailure,
} from '@sme/client';

export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

export type UploadedVersion = {
  id: string;
  documentId?: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
};

export type UploadFailure = PostFileFailure;

export type UploadOutcome = { ok: true; version: UploadedVersion } | { ok: false; failure: UploadFailure };

/** The failure the API sent as JSON `{ error, message, messageEn }`, in the page's language. */
export const failureOf = failureOfAnswer;

/** Refused before sending: the API would refuse a file over 20 MiB without storing it anyway. */
export function refuseBeforeSending(file: { size: number }): UploadFailure | null {
  return refuseOverLimit(file, MAX_MATERIAL_BYTES);
}

export async function uploadMaterial(options: {
  applicationId: string;
  kind: string;
  /** "new" for another document of the kind, a document's id for a new version of it; else the kind's first document. */
  document?: string;
  file: File;
  language: string;
  onProgress: (percent: number) => void;
  signal?: AbortSignal;
}): Promise<UploadOutcome> {
  const { applicationId, kind, document, ...rest } = options;
  const query = document ? `?document=${encodeURIComponent(document)}` : '';
  const outcome = await postFile<UploadedVersion>({
    ...rest,
    url: `/api/applications/${encodeURIComponent(applicationId)}/materials/${encodeURIComponent(kind)}${query}`,
    maxBytes: MAX_MATERIAL_BYTES,
  });
  return outcome.ok ? { ok: true, version: outcome.body } : outcome;
}
