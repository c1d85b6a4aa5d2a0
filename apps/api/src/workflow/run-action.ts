import type { Workflow } from '@sme/domain';
import { actorOf, recordAudit } from '../audit/record-audit.js';
import type { Context, Viewer } from '../context.js';
import { prisma, type Tx } from '../db.js';
import { NotFoundError, RuleViolationError, StaleVersionError } from '../graphql/error-classes.js';
import { notify, type Notice, type Recipients } from './notify.js';
import { recordTimeline, type TimelineRecord } from './timeline.js';

type Notices = { to: Recipients; notice: Notice }[];

/**
 * What the one transition path needs to know about a kind of subject: an application, a title,
 * a spot check, an objection, a notice, a membership request, a membership, a review assignment.
 * `S` its statuses, `A` its actions, `P` the parties of its table, `L` the subject as loaded,
 * `F` the facts its table's gates read, `D` what an action may write with the status.
 */
export type SubjectKind<
  S extends string,
  A extends string,
  P extends string,
  L extends { id: string; status: S; version?: number },
  F = never,
  D = never,
> = {
  /** The entity type of its audit records (and its timeline entries). */
  type: string;
  /**
   * The timeline its changes are written to, or null: a subject without a timeline table keeps
   * its history in the audit records, which every change writes.
   */
  timeline: TimelineRecord['subjectType'] | null;
  /** The name NotFoundError uses. */
  entity: string;
  workflow: Workflow<S, A, P, F>;
  load(tx: Tx, id: string): Promise<L | null>;
  partiesOf(viewer: Viewer | null, subject: L): P[];
  /** Whether the viewer may see the subject at all (else NotFoundError, so existence is not leaked). */
  canSee(viewer: Viewer | null, subject: L, parties: readonly P[]): boolean;
  /**
   * Compare-and-set: write `next` (and the action's own columns, `data`) only where the row still
   * holds what was loaded — its version, or its status where it has none — and return the row count.
   */
  write(tx: Tx, subject: L, next: S, data: D | undefined): Promise<number>;
  /** The refusal when another change won the compare-and-set (default: ConflictError on the version). */
  lost?(subject: L, action: A): Error;
  /** Who hears of each change by default. */
  notices?(action: A, subject: L, next: S, note: string | null): Notices;
  /** The application whose timeline should also show the entry, if any. */
  applicationIdOf?(subject: L): string | null;
  /** The audit record's action (default `<type>.<action>`, e.g. application.submit). */
  auditAction?(action: A, subject: L, next: S): string;
};

export type ActionSpec<S extends string, A extends string, P extends string, L, F = never, D = never> = {
  id: string;
  action: A;
  /** The version the caller read; a stale one is refused with ConflictError and nothing changes. */
  expectedVersion?: number | null;
  /** Shown on the timeline (a reason, an opinion, a request). */
  note?: string | null;
  /** `note` in English, when the system wrote it. */
  noteEn?: string | null;
  /** Parties instead of the viewer's (the system acting as the consequence of another change). */
  parties?: readonly P[];
  /** The facts the table's gate reads, gathered in the transaction. */
  gateFacts?: (tx: Tx, subject: L) => Promise<F>;
  /** Columns written with the status, in the same compare-and-set. */
  data?: D;
  /** The action's own writes, after the compare-and-set, in the same transaction. */
  apply?: (tx: Tx, subject: L, next: S) => Promise<void>;
  auditData?: Record<string, unknown>;
  /** Notices instead of the kind's defaults. */
  notices?: (subject: L, next: S) => Notices;
};

export type ActionResult<S extends string> = { id: string; from: S; status: S; version: number };

/**
 * The one path every status change takes (docs/architecture.md, "The workflow engine"): load the
 * subject, check the expected version, ask the domain's table whether these parties may take this
 * action now, compare-and-set the status (concurrent changes settle with exactly one winner; the
 * others are refused), then the action's own writes, the timeline entry, the audit record and the
 * notices, all in one transaction. Pass `tx` to join a caller's transaction (a batch, all or
 * nothing; a failed spot check opening its title's revocation).
 */
export async function runAction<
  S extends string,
  A extends string,
  P extends string,
  L extends { id: string; status: S; version?: number },
  F = never,
  D = never,
>(
  ctx: Context,
  kind: SubjectKind<S, A, P, L, F, D>,
  spec: ActionSpec<S, A, P, L, F, D>,
  tx?: Tx,
): Promise<ActionResult<S>> {
  if (tx) return run(ctx, kind, spec, tx);
  return prisma().$transaction((t) => run(ctx, kind, spec, t));
}

async function run<
  S extends string,
  A extends string,
  P extends string,
  L extends { id: string; status: S; version?: number },
  F,
  D,
>(
  ctx: Context,
  kind: SubjectKind<S, A, P, L, F, D>,
  spec: ActionSpec<S, A, P, L, F, D>,
  tx: Tx,
): Promise<ActionResult<S>> {
  const subject = await kind.load(tx, spec.id);
  const viewerParties = subject ? kind.partiesOf(ctx.viewer, subject) : [];
  if (!subject || (!spec.parties && !kind.canSee(ctx.viewer, subject, viewerParties)))
    throw new NotFoundError(kind.entity);
  const version = subject.version ?? 0;
  if (spec.expectedVersion != null && spec.expectedVersion !== version)
    throw new StaleVersionError(spec.expectedVersion, version);

  const facts = spec.gateFacts ? await spec.gateFacts(tx, subject) : undefined;
  const decision = kind.workflow.decide(subject.status, spec.action, spec.parties ?? viewerParties, facts);
  if (!decision.ok) throw RuleViolationError.from(decision.error);
  const next = decision.value;

  if ((await kind.write(tx, subject, next, spec.data)) !== 1) {
    // Someone else changed it between our read and this write.
    if (kind.lost) throw kind.lost(subject, spec.action);
    const again = await kind.load(tx, subject.id);
    throw new StaleVersionError(version, again?.version ?? version + 1);
  }

  const actor = actorOf(ctx);
  await spec.apply?.(tx, subject, next);
  if (kind.timeline) {
    await recordTimeline(tx, {
      subjectType: kind.timeline,
      subjectId: subject.id,
      applicationId: kind.applicationIdOf?.(subject) ?? null,
      action: spec.action,
      fromStatus: subject.status,
      status: next,
      actorId: actor.actorId,
      note: spec.note ?? null,
      noteEn: spec.noteEn ?? null,
    });
  }
  const typeKey = kind.type.charAt(0).toLowerCase() + kind.type.slice(1);
  await recordAudit(tx, actor, {
    action: kind.auditAction?.(spec.action, subject, next) ?? `${typeKey}.${spec.action}`,
    entityType: kind.type,
    entityId: subject.id,
    data: {
      from: subject.status,
      to: next,
      ...(subject.version === undefined ? {} : { version: version + 1 }),
      ...(spec.note ? { note: spec.note } : {}),
      ...spec.auditData,
    },
  });
  const notices = spec.notices
    ? spec.notices(subject, next)
    : (kind.notices?.(spec.action, subject, next, spec.note ?? null) ?? []);
  for (const { to, notice } of notices) await notify(tx, to, notice);
  return { id: subject.id, from: subject.status, status: next, version: version + 1 };
}
