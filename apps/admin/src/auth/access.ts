import type { Role } from '../graphql';

/** Association staff; MEMBER accounts use the portal. */
export const CONSOLE_ROLES: readonly Role[] = ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'];

export function hasConsoleAccess(roles: readonly Role[]): boolean {
  return roles.some((role) => CONSOLE_ROLES.includes(role));
}
