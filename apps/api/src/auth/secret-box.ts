import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Secrets the server must read back (TOTP seeds) are stored sealed with AES-256-GCM, so a
// copy of the database or of a backup does not hand out second factors. The key comes from
// configuration (SECRET_ENCRYPTION_KEY) or, on the embedded default, a file generated once in
// the data directory (secret-key.ts). Passwords, session tokens and recovery codes are hashed
// instead: the server never needs them back.
//
// Stored form: `enc1:<key id>:<base64url(iv ‖ tag ‖ ciphertext)>`. The key id (8 hex digits of
// the key's SHA-256) tells "sealed with another key" apart from "damaged". `context` is bound
// as additional authenticated data (e.g. the user's id), so a sealed value copied onto another
// row does not open there.

export type SecretKey = { bytes: Buffer; id: string };

const FORMAT = 'enc1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function secretKeyFrom(bytes: Buffer): SecretKey {
  if (bytes.length !== 32) throw new Error(`an AES-256 key has 32 bytes, not ${bytes.length}`);
  return { bytes, id: createHash('sha256').update(bytes).digest('hex').slice(0, 8) };
}

/** 32 bytes as base64 (44 characters) or hex (64 characters); undefined for anything else. */
export function parseSecretKey(text: string): Buffer | undefined {
  const value = text.trim();
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return bytes.length === 32 ? bytes : undefined;
  }
  return undefined;
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(`${FORMAT}:`);
}

/** The id of the key a sealed value was sealed with. */
export function sealedKeyId(stored: string): string | undefined {
  return isSealed(stored) ? stored.split(':')[1] : undefined;
}

export function seal(plain: string, key: SecretKey, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${FORMAT}:${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export class SecretUnreadableError extends Error {
  constructor(reason: string) {
    super(`a sealed secret cannot be opened: ${reason}`);
    this.name = 'SecretUnreadableError';
  }
}

export function open(stored: string, key: SecretKey, context: string): string {
  const [format, keyId, payload, ...rest] = stored.split(':');
  if (format !== FORMAT || !keyId || payload === undefined || rest.length)
    throw new SecretUnreadableError('not a sealed value');
  if (keyId !== key.id) throw new SecretUnreadableError(`sealed with key ${keyId}, the configured key is ${key.id}`);
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new SecretUnreadableError('too short');
  const decipher = createDecipheriv('aes-256-gcm', key.bytes, bytes.subarray(0, IV_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnreadableError('damaged, or sealed for another record');
  }
}
