import type { SecretKey } from './auth/secret-box.js';
import type { SessionSettings } from './auth/session.js';

// Runtime settings resolved from the environment at start-up and read by resolvers.
let session: SessionSettings = { ttlHours: 12, idleMinutes: 30, cookieSecure: 'auto' };

export function setSessionSettings(value: SessionSettings): void {
  session = value;
}

export function sessionSettings(): SessionSettings {
  return session;
}

export type SecuritySettings = {
  // Administrators must complete a TOTP challenge to sign in.
  requireAdminTwoFactor: boolean;
};

let security: SecuritySettings = { requireAdminTwoFactor: false };

export function setSecuritySettings(value: SecuritySettings): void {
  security = value;
}

export function securitySettings(): SecuritySettings {
  return security;
}

// The key sealing stored secrets (auth/secret-box.ts). Never defaulted: app.ts resolves it
// (configuration or the data directory's key file) before serving, tests set their own.
let secret: SecretKey | undefined;

export function setSecretKey(value: SecretKey): void {
  secret = value;
}

export function secretKey(): SecretKey {
  if (!secret) throw new Error('The secret-encryption key was used before start-up set it');
  return secret;
}

/** The association that runs the programme, as printed on certificates, forms, notices and mail. */
export type AssociationSettings = { name: string; website: string | null };

export const DEFAULT_ASSOCIATION: AssociationSettings = { name: '中国中小企业国际合作协会', website: null };

let association: AssociationSettings = DEFAULT_ASSOCIATION;

export function setAssociationSettings(value: AssociationSettings): void {
  association = value;
}

export function associationSettings(): AssociationSettings {
  return association;
}
