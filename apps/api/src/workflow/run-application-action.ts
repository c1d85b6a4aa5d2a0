import {
  applicationWorkflow,
  type ApplicationAction,
  type ApplicationGateFacts,
  type ApplicationParty,
  type ApplicationStatus,
} from '@sme/domain';
import type { Prisma } from '@sme/db';
import type { Context } from '../context.js';
import type { Tx } from '../db.js';
import { defaultApplicationNotices } from './application-notices.js';
import {
  applicationPartiesOf,
  canSeeApplication,
  loadApplication,
  type LoadedApplication,
} from './load-application.js';
import type { Notice, Recipients } from './notify.js';
import { runAction, type SubjectKind } from './run-action.js';

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
  data?: ApplicationData;
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

type ApplicationData = (app: LoadedApplication) => Prisma.ApplicationUpdateManyMutationInput;

/** The application as a subject of the one runner (run-action.ts). */
export const applicationKind: SubjectKind<
  ApplicationStatus,
  ApplicationAction,
  ApplicationParty,
  LoadedApplication,
  ApplicationGateFacts,
  ApplicationData
> = {
  type: 'Application',
  timeline: 'Application',
  entity: 'Application',
  workflow: applicationWorkflow,
  load: loadApplication,
  partiesOf: applicationPartiesOf,
  canSee: (viewer, _app, parties) => canSeeApplication(viewer, parties),
  write: async (tx, app, next, data) =>
    (
      await tx.application.updateMany({
        where: { id: app.id, version: app.version },
        data: { ...data?.(app), status: next, version: { increment: 1 } },
      })
    ).count,
  notices: defaultApplicationNotices,
};

/**
 * Every application status change, through the one runner (run-action.ts): load with the
 * expected version, ask the domain's transition table whether this viewer may take this action
 * now, compare-and-set the status, write the timeline entry, the audit record and the notices in
 * one transaction. Concurrent actions on the same application settle with exactly one winner;
 * the others get ConflictError.
 *
 * Pass `tx` to take part in a caller's transaction (batch actions, all or nothing).
 */
export function runApplicationAction(
  ctx: Context,
  spec: ApplicationActionSpec,
  tx?: Tx,
): Promise<ApplicationActionResult> {
  const { applicationId, notices, ...rest } = spec;
  return runAction(
    ctx,
    applicationKind,
    { ...rest, id: applicationId, ...(notices ? { notices: (app: LoadedApplication) => notices(app) } : {}) },
    tx,
  );
}
