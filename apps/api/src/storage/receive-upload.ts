import fastifyMultipart from '@fastify/multipart';
import { normaliseMimeType, type AcceptedMimeType } from '@sme/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { localeFromHeader } from '../context.js';
import { attachmentHeader, sanitiseFileName } from './file-name.js';
import { sha256Of, type FileStore } from './file-store.js';

// The one way an uploaded file comes in (materials, objection attachments, spot-check evidence):
// one multipart part named `file`, refused over its size limit before it is kept, recognised by
// its bytes, fingerprinted, then written to the FileStore. Each route keeps only its own rules
// (who may upload, to what, how many) and the row it records.

export type UploadPolicy = {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /**
   * Also require the part's declared Content-Type to be PDF, JPEG or PNG and to agree with the
   * bytes. Materials judge by the bytes alone (Art. 7: recognised by content, not by name);
   * public and evidence uploads check both, so a renamed file is refused rather than relabelled.
   */
  checkDeclaredType: boolean;
  /** Whose rule a wrong type breaks, for the message: 'Art. 7' for materials, 'software' otherwise. */
  article: string;
};

export type ReceivedFile = {
  bytes: Buffer;
  fileName: string;
  mimeType: AcceptedMimeType;
  sizeBytes: number;
  sha256: string;
};
export type StoredFile = Omit<ReceivedFile, 'bytes'> & { storageKey: string };

export type UploadRefusal = {
  status: 400 | 413 | 415;
  code: 'NO_FILE' | 'TOO_MANY_PARTS' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE';
  zhCN: string;
  en: string;
};

export type UploadOutcome<T> = { ok: true; file: T } | { ok: false; refusal: UploadRefusal };

/** Multipart parsing for the routes of one plugin scope, with limits no upload there exceeds. */
export async function registerUploadParsing(app: FastifyInstance, maxBytes: number): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12, fieldSize: 4096 },
  });
}

/** Route options for an upload route: the body is streamed, this only guards a non-multipart one. */
export const uploadRouteOptions = (maxBytes: number) => ({ bodyLimit: maxBytes + 1024 * 1024 });

const mebibytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

function tooLarge(maxBytes: number): UploadRefusal {
  return {
    status: 413,
    code: 'FILE_TOO_LARGE',
    zhCN: `文件超过 ${mebibytes(maxBytes)}，未保存。`,
    en: `The file is larger than ${mebibytes(maxBytes)} and was not stored.`,
  };
}
const NO_FILE: UploadRefusal = {
  status: 400,
  code: 'NO_FILE',
  zhCN: '请选择要上传的文件（表单字段 file）。',
  en: 'Send the file as multipart part "file".',
};

function unsupported(article: string, mismatch: boolean): UploadRefusal {
  const prefix = article === 'Art. 7' ? { zhCN: '第七条：', en: 'Art. 7: ' } : { zhCN: '', en: '' };
  return mismatch
    ? {
        status: 415,
        code: 'UNSUPPORTED_FILE_TYPE',
        zhCN: `${prefix.zhCN}文件内容与其声明的类型不符，仅接受 PDF、JPEG、PNG 文件。`,
        en: `${prefix.en}the file's content does not match its declared type; only PDF, JPEG and PNG files are accepted.`,
      }
    : {
        status: 415,
        code: 'UNSUPPORTED_FILE_TYPE',
        zhCN: `${prefix.zhCN}仅接受 PDF、JPEG、PNG 文件（按文件内容识别）。`,
        en: `${prefix.en}only PDF, JPEG and PNG files are accepted (recognised by content).`,
      };
}

/**
 * The bytes of the request's one multipart part named `file` (any other part is drained), with
 * the name and type the client gave it; null without one. Multipart's limit errors are thrown
 * (FST_REQ_FILE_TOO_LARGE, FST_FILES_LIMIT, FST_PARTS_LIMIT) for the caller to word.
 */
export async function readFilePart(
  request: FastifyRequest,
): Promise<{ bytes: Buffer; clientName: string | undefined; declaredType: string } | null> {
  let found: { bytes: Buffer; clientName: string | undefined; declaredType: string } | null = null;
  for await (const part of request.parts()) {
    if (part.type !== 'file') continue;
    if (part.fieldname !== 'file' || found) {
      part.file.resume();
      continue;
    }
    found = { clientName: part.filename, declaredType: part.mimetype, bytes: await part.toBuffer() };
  }
  return found;
}

/** Reads the one file of the request and checks it; nothing is stored yet. */
export async function receiveFile(request: FastifyRequest, policy: UploadPolicy): Promise<UploadOutcome<ReceivedFile>> {
  // Refuse an oversized body before reading it, when the client says its size.
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > policy.maxBytes + 64 * 1024) return { ok: false, refusal: tooLarge(policy.maxBytes) };
  if (!request.isMultipart()) return { ok: false, refusal: NO_FILE };

  let part: Awaited<ReturnType<typeof readFilePart>>;
  try {
    part = await readFilePart(request);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { ok: false, refusal: tooLarge(policy.maxBytes) };
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') {
      return {
        ok: false,
        refusal: {
          status: 400,
          code: 'TOO_MANY_PARTS',
          zhCN: '一次只能上传一个文件。',
          en: 'Upload one file at a time.',
        },
      };
    }
    throw error;
  }
  if (!part || part.bytes.length === 0) return { ok: false, refusal: NO_FILE };
  const { bytes, clientName, declaredType } = part;

  // The bytes decide what the file is (magic numbers), never its name.
  const { fileTypeFromBuffer } = await import('file-type'); // on first upload, not at start-up
  const detected = await fileTypeFromBuffer(bytes);
  const mimeType = detected ? normaliseMimeType(detected.mime) : null;
  if (!mimeType) return { ok: false, refusal: unsupported(policy.article, false) };
  if (policy.checkDeclaredType && normaliseMimeType(declaredType) !== mimeType)
    return { ok: false, refusal: unsupported(policy.article, true) };
  return {
    ok: true,
    file: {
      bytes,
      fileName: sanitiseFileName(clientName, mimeType),
      mimeType,
      sizeBytes: bytes.length,
      sha256: sha256Of(bytes),
    },
  };
}

/** Receives the request's file and writes it to the store (content-addressed, so idempotent). */
export async function receiveAndStore(
  request: FastifyRequest,
  fileStore: FileStore,
  policy: UploadPolicy,
): Promise<UploadOutcome<StoredFile>> {
  const received = await receiveFile(request, policy);
  if (!received.ok) return received;
  const { bytes, ...file } = received.file;
  const storageKey = await fileStore.put(bytes, file.sha256);
  return { ok: true, file: { ...file, storageKey } };
}

/** The JSON failure every file route answers with: `{ error, message, messageEn }`, `message` in the
 * caller's language (Accept-Language), `messageEn` always English. */
export function sendFailure(reply: FastifyReply, status: number, code: string, zhCN: string, en: string) {
  return reply.code(status).send({
    error: code,
    message: localeFromHeader(reply.request.headers['accept-language']) === 'EN' ? en : zhCN,
    messageEn: en,
  });
}

export function sendRefusal(request: FastifyRequest, reply: FastifyReply, refusal: UploadRefusal) {
  if (refusal.status === 413) {
    // The rest of the body is not read; close the connection so the client stops sending it.
    reply.header('connection', 'close');
    request.raw.resume();
  }
  return sendFailure(reply, refusal.status, refusal.code, refusal.zhCN, refusal.en);
}

/** Sends a stored file as a download that no browser renders in the site's origin. */
export async function sendStoredFile(
  request: FastifyRequest,
  reply: FastifyReply,
  fileStore: FileStore,
  file: { storageKey: string; fileName: string; mimeType: string },
) {
  const bytes = await fileStore.get(file.storageKey);
  if (!bytes) {
    request.log.error({ event: 'storage.blobMissing', storageKey: file.storageKey }, 'stored file missing');
    return sendFailure(reply, 404, 'NOT_FOUND', '文件不存在。', 'The file is missing.');
  }
  return reply
    .header('content-type', file.mimeType)
    .header('content-disposition', attachmentHeader(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(bytes);
}
