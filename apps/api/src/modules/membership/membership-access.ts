import { hasRole, type Viewer } from '../../context.js';
import type { Tx } from '../../db.js';
import { prisma } from '../../db.js';

type Db = Pick<Tx, 'unit'>;

// The Membership Department (会员部) decides membership requests (Art. 2). Its staff are
// UNIT_STAFF whose unit is of that kind; administrators may act for it.
export async function isMembershipDepartmentStaff(viewer: Viewer | null, db: Db = prisma()): Promise<boolean> {
  if (!viewer || !hasRole(viewer, 'UNIT_STAFF') || !viewer.unitId) return false;
  const unit = await db.unit.findUnique({ where: { id: viewer.unitId }, select: { kind: true } });
  return unit?.kind === 'MEMBERSHIP_DEPARTMENT';
}

export async function canDecideMembership(viewer: Viewer | null, db: Db = prisma()): Promise<boolean> {
  return hasRole(viewer, 'ADMIN') || (await isMembershipDepartmentStaff(viewer, db));
}

export async function membershipDepartment(db: Db): Promise<{ id: string; name: string }> {
  const unit = await db.unit.findFirst({
    where: { kind: 'MEMBERSHIP_DEPARTMENT' },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true },
  });
  if (!unit) throw new Error('No Membership Department unit is configured (Art. 2)');
  return unit;
}
