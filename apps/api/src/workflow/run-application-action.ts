import {
  applicationWorkflow,
  type ApplicationAction,
  type ApplicationGateFacts,
  type ApplicationStatus,
} from '@sme/domain';
import type { Prisma } from '@sme/db';
import { actorOf, recordAudit } from '../audit/record-audit.js';
import type { Context } from '../context.js';
import { prisma, type Tx } from '../db.js';
import { NotFoundError, RuleViolationError, StaleVersionError } from '../graphql/error-classes.js';
import { defaultApplicationNotices } from './application-notices.js';
import {
  applicationPartiesOf,
  canSeeApplication,
  loadApplication,
  type LoadedApplication,
} from './load-application.js';
import { notify, type Notice, type Recipients } from './notify.js';
import { recordTimeline } from './timeline.js';

export type ApplicationActionSpec = {
  applicationId: string;
  action: ApplicationAction;
  /** The version the caller read; a stale one is refused with ConflictError and nothing changes. */
  expectedVersion?: number | null;
  /** Shown on the timeline (a reason, an opinion, a request). */
  note?: string | null;
  /** `note` in English, when the system wrote it. */
  noteEn?: string | null;
  /** The facts the action's gate reads (see ApplicationGateFacts), gathered in the transaction. */
  gateFacts?: (tx: Tx, app: LoadedApplication) => Promise<ApplicationGateFacts>;
  /** Columns written together with the status (e.g. submittedAt). */
  data?: (app: LoadedApplication) => Prisma.ApplicationUpdateManyMutationInput;
  /** The action's own writes, after the status changed, in the same transaction. */
  apply?: (tx: Tx, app: LoadedApplication, next: ApplicationStatus) => Promise<void>;
  auditData?: Record<string, unknown>;
  /** Notices instead of the defaults for this action (see application-notices.ts). */
  notices?: (app: LoadedApplication) => { to: Recipients; notice: Notice }[];
};

export type ApplicationActionResult = {
  id: string;
  from: ApplicationStatus;
  status: ApplicationStatus;
  version: number;
};

/**
 * The one path every application status change takes (docs/architecture.md): load with the expected
 * version, ask the domain's transition table whether this viewer may take this action now,
 * write the status, the timeline entry, the audit event and the notices in one transaction.
 * The compare-and-set on `version` makes concurrent actions on the same application settle
 * with exactly one winner; the others get ConflictError.
 *
 * Pass `tx` to take part in a caller's transaction (batch actions, all or nothing).
 */
export async function runApplicationAction(
  ctx: Context,
  spec: ApplicationActionSpec,
  tx?: Tx,
): Promise<ApplicationActionResult> {
  if (tx) return run(ctx, spec, tx);
  return prisma().$transaction((t) => run(ctx, spec, t));
}

async function run(ctx: Context, spec: ApplicationActionSpec, tx: Tx): Promise<ApplicationActionResult> {
  const app = await loadApplication(tx, spec.applicationId);
  const parties = app ? applicationPartiesOf(ctx.viewer, app) : [];
  if (!app || !canSeeApplication(ctx.viewer, parties)) throw new NotFoundError('Application');
  if (spec.expectedVersion != null && spec.expectedVersion !== app.version)
    throw new StaleVersionError(spec.expectedVersion, app.version);

  const facts = spec.gateFacts ? await spec.gateFacts(tx, app) : undefined;
  const decision = applicationWorkflow.decide(app.status, spec.action, parties, facts);
  if (!decision.ok) throw RuleViolationError.from(decision.error);
  const next = decision.value;

  const updated = await tx.application.updateMany({
    where: { id: app.id, version: app.version },
    data: { ...spec.data?.(app), status: next, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    // Someone else changed it between our read and this write.
    const now = await tx.application.findUnique({ where: { id: app.id }, select: { version: true } });
    throw new StaleVersionError(app.version, now?.version ?? app.version + 1);
  }

  const actor = actorOf(ctx);
  await spec.apply?.(tx, app, next);
  await recordTimeline(tx, {
    subjectType: 'Application',
    subjectId: app.id,
    action: spec.action,
    fromStatus: app.status,
    status: next,
    actorId: actor.actorId,
    note: spec.note ?? null,
    noteEn: spec.noteEn ?? null,
  });
  await recordAudit(tx, actor, {
    action: `application.${spec.action}`,
    entityType: 'Application',
    entityId: app.id,
    data: {
      from: app.status,
      to: next,
      version: app.version + 1,
      ...(spec.note ? { note: spec.note } : {}),
      ...spec.auditData,
    },
  });
  const notices = spec.notices
    ? spec.notices(app)
    : defaultApplicationNotices(spec.action, app, next, spec.note ?? null);
  for (const { to, notice } of notices) await notify(tx, to, notice);

  return { id: app.id, from: app.status, status: next, version: app.version + 1 };
}
