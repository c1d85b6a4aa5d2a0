import type { Workflow } from '@sme/domain';
import { actorOf, recordAudit } from '../audit/record-audit.js';
import type { Context, Viewer } from '../context.js';
import { prisma, type Tx } from '../db.js';
import { NotFoundError, RuleViolationError, StaleVersionError } from '../graphql/error-classes.js';
import { notify, type Notice, type Recipients } from './notify.js';
import { recordTimeline, type TimelineRecord } from './timeline.js';

/** What the one transition path needs to know about a kind of subject other than an application. */
export type SubjectKind<
  S extends string,
  A extends string,
  P extends string,
  L extends { id: string; status: S; version: number },
> = {
  type: TimelineRecord['subjectType'];
  /** The name NotFoundError uses. */
  entity: string;
  workflow: Workflow<S, A, P, never>;
  load(tx: Tx, id: string): Promise<L | null>;
  partiesOf(viewer: Viewer | null, subject: L): P[];
  /** Whether the viewer may see the subject at all (else NotFoundError, so existence is not leaked). */
  canSee(viewer: Viewer | null, subject: L, parties: readonly P[]): boolean;
  /** Compare-and-set: write `next` (where the status is a column) and version + 1 where the version still matches; the row count. */
  write(tx: Tx, subject: L, next: S): Promise<number>;
  /** Who hears of each change by default. */
  notices(action: A, subject: L, next: S, note: string | null): { to: Recipients; notice: Notice }[];
  /** The application whose timeline should also show the entry, if any. */
  applicationIdOf?(subject: L): string | null;
};

export type SubjectActionSpec<S extends string, A extends string, P extends string, L> = {
  id: string;
  action: A;
  expectedVersion?: number | null;
  note?: string | null;
  /** Parties instead of the viewer's (the system acting as the consequence of another change). */
  parties?: readonly P[];
  /** The action's own writes, after the compare-and-set, in the same transaction. */
  apply?: (tx: Tx, subject: L, next: S) => Promise<void>;
  auditData?: Record<string, unknown>;
  /** Notices instead of the kind's defaults. */
  notices?: (subject: L, next: S) => { to: Recipients; notice: Notice }[];
};

export type SubjectActionResult<S extends string> = { id: string; from: S; status: S; version: number };

/**
 * The one path every status change of a spot check or a title takes — the same steps as
 * runApplicationAction: load with the version, ask the domain's table whether these parties
 * may take this action now, compare-and-set, then the action's own writes, the timeline entry,
 * the audit event and the notices, all in one transaction. Pass `tx` to join a caller's
 * transaction (a failed spot check opening its title's revocation commits with it or not at all).
 */
export async function runSubjectAction<
  S extends string,
  A extends string,
  P extends string,
  L extends { id: string; status: S; version: number },
>(
  ctx: Context,
  kind: SubjectKind<S, A, P, L>,
  spec: SubjectActionSpec<S, A, P, L>,
  tx?: Tx,
): Promise<SubjectActionResult<S>> {
  if (tx) return run(ctx, kind, spec, tx);
  return prisma().$transaction((t) => run(ctx, kind, spec, t));
}

async function run<
  S extends string,
  A extends string,
  P extends string,
  L extends { id: string; status: S; version: number },
>(
  ctx: Context,
  kind: SubjectKind<S, A, P, L>,
  spec: SubjectActionSpec<S, A, P, L>,
  tx: Tx,
): Promise<SubjectActionResult<S>> {
  const subject = await kind.load(tx, spec.id);
  const viewerParties = subject ? kind.partiesOf(ctx.viewer, subject) : [];
  if (!subject || (!spec.parties && !kind.canSee(ctx.viewer, subject, viewerParties)))
    throw new NotFoundError(kind.entity);
  if (spec.expectedVersion != null && spec.expectedVersion !== subject.version)
    throw new StaleVersionError(spec.expectedVersion, subject.version);

  const decision = kind.workflow.decide(subject.status, spec.action, spec.parties ?? viewerParties);
  if (!decision.ok) throw RuleViolationError.from(decision.error);
  const next = decision.value;

  if ((await kind.write(tx, subject, next)) !== 1) {
    const again = await kind.load(tx, subject.id);
    throw new StaleVersionError(subject.version, again?.version ?? subject.version + 1);
  }

  const actor = actorOf(ctx);
  await spec.apply?.(tx, subject, next);
  await recordTimeline(tx, {
    subjectType: kind.type,
    subjectId: subject.id,
    applicationId: kind.applicationIdOf?.(subject) ?? null,
    action: spec.action,
    fromStatus: subject.status,
    status: next,
    actorId: actor.actorId,
    note: spec.note ?? null,
  });
  const typeKey = kind.type.charAt(0).toLowerCase() + kind.type.slice(1);
  await recordAudit(tx, actor, {
    action: `${typeKey}.${spec.action}`,
    entityType: kind.type,
    entityId: subject.id,
    data: {
      from: subject.status,
      to: next,
      version: subject.version + 1,
      ...(spec.note ? { note: spec.note } : {}),
      ...spec.auditData,
    },
  });
  const notices = spec.notices
    ? spec.notices(subject, next)
    : kind.notices(spec.action, subject, next, spec.note ?? null);
  for (const { to, notice } of notices) await notify(tx, to, notice);
  return { id: subject.id, from: subject.status, status: next, version: subject.version + 1 };
}
