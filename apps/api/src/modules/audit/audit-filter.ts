import type { Prisma } from '@sme/db';

// The filters of the audit trail page and of its export (/api/exports/audit-events.csv): the
// same where-clause, so the export holds exactly the rows the page lists. Dates are Beijing
// calendar days (Asia/Shanghai, no daylight saving): `from` and `to` both included.
export type AuditFilter = {
  actorId?: string | null;
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: string | null;
  to?: string | null;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function beijingDayStart(date: string): Date {
  if (!DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00+08:00`)))
    throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  return new Date(`${date}T00:00:00+08:00`);
}

export function auditWhere(f: AuditFilter): Prisma.AuditEventWhereInput {
  const occurredAt: Prisma.DateTimeFilter = {};
  if (f.from) occurredAt.gte = beijingDayStart(f.from);
  if (f.to) occurredAt.lt = new Date(beijingDayStart(f.to).getTime() + 86_400_000);
  return {
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.from || f.to ? { occurredAt } : {}),
  };
}
