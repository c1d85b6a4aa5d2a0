import type { Role } from '@sme/client';

/** Association staff; MEMBER accounts use the portal. */
export const CONSOLE_ROLES: readonly Role[] = ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'];

export function hasConsoleAccess(roles: readonly Role[]): boolean {
  return roles.some((role) => CONSOLE_ROLES.includes(role));
}

/** Art. 8 calendar corrections change every notice period, so only the secretariat makes them
 * (the API enforces the same; this only hides controls that would be refused). */
export function canEditCalendar(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN');
}

/** Members who sign in here are linked to the portal, where their work is. */
export function otherFrontEndFor(roles: readonly Role[]): { href: string; nameKey: string } | null {
  return roles.includes('MEMBER') ? { href: '/', nameKey: 'app.portalName' } : null;
}
