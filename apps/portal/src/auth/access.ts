import type { Role } from '../graphql';

/** Member organisations; association staff use the admin console. */
export function hasPortalAccess(roles: readonly Role[]): boolean {
  return roles.includes('MEMBER');
}
