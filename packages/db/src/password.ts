import { hash, verify } from '@node-rs/argon2';

// `Algorithm` is a const enum, which `verbatimModuleSyntax` cannot import; 2 is Argon2id.
const ARGON2ID = 2 as const;

/** argon2id with the library's defaults (19 MiB, 2 passes — OWASP's minimum for argon2id). */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, { algorithm: ARGON2ID });
}

/** False for a wrong password or a malformed hash; never throws on bad input. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
