import type { Role } from '@sme/client';

/** Member organisations; association staff use the admin console. */
export function hasPortalAccess(roles: readonly Role[]): boolean {
  return roles.includes('MEMBER');
}

/** Association staff who sign in here are linked to the console, where their work is. */
export function otherFrontEndFor(roles: readonly Role[]): { href: string; nameKey: string } | null {
  return roles.some((role) => role !== 'MEMBER') ? { href: '/admin/', nameKey: 'app.consoleName' } : null;
}
