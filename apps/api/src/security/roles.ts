import { hasRole, type Viewer } from '../context.js';

export const STAFF_ROLES = ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'] as const;

export function isStaff(viewer: Viewer | null): boolean {
  return STAFF_ROLES.some((role) => hasRole(viewer, role));
}
