import type { Context } from '../context.js';
import type { Tx } from '../db.js';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
};

// Every mutation calls this inside its own transaction, so the audit trail and the change it
// describes commit or roll back together.
export type AuditActor = { actorId: string | null; ip: string };

export function actorOf(ctx: Pick<Context, 'viewer' | 'ip'>): AuditActor {
  return { actorId: ctx.viewer?.userId ?? null, ip: ctx.ip };
}

export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      data: (entry.data ?? {}) as never,
      ip: actor.ip,
    },
  });
}
