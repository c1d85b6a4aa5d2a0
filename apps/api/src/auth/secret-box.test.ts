import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSealed, open, parseSecretKey, seal, secretKeyFrom, SecretUnreadableError } from './secret-box.js';

const key = secretKeyFrom(randomBytes(32));

describe('secret box (AES-256-GCM)', () => {
  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP', key, 'User.totpSecret:u1');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(open(sealed, key, 'User.totpSecret:u1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals the same secret differently each time (random IV)', () => {
    expect(seal('same', key, 'c')).not.toBe(seal('same', key, 'c'));
  });

  it('refuses another key, another record, and a tampered value', () => {
    const sealed = seal('secret', key, 'User.totpSecret:u1');
    expect(() => open(sealed, secretKeyFrom(randomBytes(32)), 'User.totpSecret:u1')).toThrow(SecretUnreadableError);
    expect(() => open(sealed, key, 'User.totpSecret:u2')).toThrow(SecretUnreadableError);
    const payload = Buffer.from(sealed.split(':')[2]!, 'base64url');
    payload[payload.length - 1]! ^= 1;
    const tampered = `${sealed.split(':').slice(0, 2).join(':')}:${payload.toString('base64url')}`;
    expect(() => open(tampered, key, 'User.totpSecret:u1')).toThrow(SecretUnreadableError);
    expect(() => open('JBSWY3DPEHPK3PXP', key, 'User.totpSecret:u1')).toThrow(SecretUnreadableError);
  });

  it('reads keys as 32 bytes of base64, base64url or hex, and nothing shorter', () => {
    const bytes = randomBytes(32);
    expect(parseSecretKey(bytes.toString('base64'))).toEqual(bytes);
    expect(parseSecretKey(bytes.toString('base64url'))).toEqual(bytes);
    expect(parseSecretKey(` ${bytes.toString('hex')}\n`)).toEqual(bytes);
    expect(parseSecretKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(parseSecretKey('correct horse battery staple')).toBeUndefined();
  });
});
