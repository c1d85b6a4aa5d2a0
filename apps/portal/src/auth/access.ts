import type { Role } from '@sme/client';

/** Member organisations; association staff use the admin console. */
export function hasPortalAccess(roles: readonly Role[]): boolean {
  return roles.includes('MEMBER');
}
