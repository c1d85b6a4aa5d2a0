import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { applicationWorkflow, conflictKey, exclusionOf, SKIP_REASON_NAMES } from '@sme/domain';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { prisma, type Tx } from '../../db.js';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { notify } from '../../workflow/notify.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { recordTimeline } from '../../workflow/timeline.js';
import { ApplicationRef } from '../application/application.object.js';
import { applicationActionErrors } from './decide-recommendation.js';

import { REVIEWING, loadPool, assignableSelect, toAssignable, conflictsWith, toDay } from './assignment.js';

async function createAssignments(
  tx: Tx,
  ctx: Context,
  applicationId: string,
  reviewerIds: string[],
  dueOn: Date | null,
) {
  await tx.reviewerAssignment.createMany({
    data: reviewerIds.map((reviewerId) => ({
      applicationId,
      reviewerId,
      assignedById: ctx.viewer?.userId ?? null,
      dueOn,
    })),
  });
}

async function noticeToReviewers(tx: Tx, reviewerIds: string[], applicationId: string, organisationName: string) {
  if (reviewerIds.length === 0) return;
  const title = { zhCN: `新的评审任务：${organisationName}`, en: `New review: ${organisationName}` };
  await notify(
    tx,
    { userIds: reviewerIds },
    {
      kind: 'review.assigned',
      title,
      body: title,
      link: `/admin/reviews/${encodeGlobalID('Application', applicationId)}`,
    },
  );
}

/**
 * Adds reviewers to an application: RECOMMENDED → UNDER_REVIEW through the workflow, or more
 * reviewers to one already in review (after a recusal). Refuses experts the rules exclude.
 */
export async function assignTo(
  tx: Tx,
  ctx: Context,
  applicationId: string,
  reviewerIds: string[],
  expectedVersion: number | null | undefined,
  dueOn: Date | null,
) {
  const row = await tx.application.findUnique({ where: { id: applicationId }, select: assignableSelect });
  if (!row) throw new NotFoundError('Application');
  if (expectedVersion != null && expectedVersion !== row.version)
    throw new StaleVersionError(expectedVersion, row.version);
  const app = toAssignable(row);
  const pool = new Map((await loadPool(tx)).map((e) => [e.id, e]));
  const conflicts = new Set(
    (await conflictsWith(tx, [row.organisationId])).map((c) => conflictKey(c.expertId, c.organisationId)),
  );
  const recused = new Set(row.reviewerAssignments.filter((a) => a.recusedAt !== null).map((a) => a.reviewerId));
  const fresh = [...new Set(reviewerIds)].filter((id) => !app.reviewerIds.includes(id));
  for (const id of fresh) {
    const expert = pool.get(id);
    if (!expert) {
      throw new RuleViolationError('Art. 8', 'NOT_IN_EXPERT_POOL', {
        zhCN: '第八条：所选人员不在专家库中（或已停用），不能分配评审。',
        en: 'Art. 8: the chosen person is not an active expert of the pool and cannot be assigned.',
      });
    }
    const reason = recused.has(id) ? 'CONFLICT' : exclusionOf(expert, app, conflicts);
    // Expertise is the administrator's judgement when assigning by hand; the rest is integrity.
    if (reason && reason !== 'NO_MATCHING_EXPERTISE' && reason !== 'SAME_REGION') {
      throw new RuleViolationError('Art. 8', 'REVIEWER_EXCLUDED', {
        zhCN: `第八条：专家${expert.name}${SKIP_REASON_NAMES[reason].zhCN}，不能评审${row.organisation.name}的申报。`,
        en: `Art. 8: ${expert.name} ${SKIP_REASON_NAMES[reason].en} and cannot review the application of ${row.organisation.name}.`,
      });
    }
  }
  const names = fresh.map((id) => pool.get(id)?.name ?? id).join('、');
  if (row.status === 'RECOMMENDED') {
    if (fresh.length === 0) {
      throw new ValidationError([
        {
          path: ['input', 'reviewerIds'],
          message: bilingual({ zhCN: '请至少选择一位评审专家', en: 'choose at least one reviewer' }),
        },
      ]);
    }
    await runApplicationAction(
      ctx,
      {
        applicationId,
        action: 'startReview',
        expectedVersion,
        note: null,
        apply: (t) => createAssignments(t, ctx, applicationId, fresh, dueOn),
        auditData: { reviewerIds: fresh, reviewers: names },
      },
      tx,
    );
  } else if ((REVIEWING as readonly string[]).includes(row.status)) {
    if (fresh.length === 0) return;
    const updated = await tx.application.updateMany({
      where: { id: applicationId, version: row.version },
      data: { version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new StaleVersionError(row.version, row.version + 1);
    await createAssignments(tx, ctx, applicationId, fresh, dueOn);
    await recordTimeline(tx, {
      subjectType: 'Application',
      subjectId: applicationId,
      action: 'assignReviewers',
      fromStatus: row.status,
      status: row.status,
      actorId: ctx.viewer?.userId ?? null,
    });
    await recordAudit(tx, actorOf(ctx), {
      action: 'application.assignReviewers',
      entityType: 'Application',
      entityId: applicationId,
      data: { reviewerIds: fresh, reviewers: names },
    });
  } else {
    const decision = applicationWorkflow.decide(row.status, 'startReview', ['ADMIN']);
    throw decision.ok ? new Error('unreachable') : RuleViolationError.from(decision.error);
  }
  await noticeToReviewers(tx, fresh, applicationId, row.organisation.name);
}

const AssignReviewersInput = builder.inputType('AssignReviewersInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    reviewerIds: t.idList({
      required: true,
      description: 'User ids of experts in the pool (ExpertProfile.reviewerId).',
    }),
    dueOn: t.field({ type: 'Date' }),
    version: t.int(),
  }),
});

function userIdOf(globalId: string | number): string {
  const raw = String(globalId);
  try {
    const decoded = decodeGlobalID(raw);
    if (decoded.typename === 'User') return decoded.id;
  } catch {
    // not a global id
  }
  throw new ValidationError([
    {
      path: ['input', 'reviewerIds'],
      message: bilingual({ zhCN: `不是用户编号：${raw}`, en: `not a user id: ${raw}` }),
    },
  ]);
}

builder.mutationField('assignReviewers', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'Art. 8: an administrator assigns reviewers from the pool (RECOMMENDED → UNDER_REVIEW), or adds one after a recusal.',
    authScopes: { admin: true },
    errors: {
      types: applicationActionErrors,
      union: { name: 'AssignReviewersResult' },
      result: { name: 'AssignReviewersSuccess' },
    },
    args: { input: t.arg({ type: AssignReviewersInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      const reviewerIds = input.reviewerIds.map(userIdOf);
      const id = input.applicationId.id;
      return prisma().$transaction(async (tx) => {
        await assignTo(tx, ctx, id, reviewerIds, input.version, toDay(input.dueOn));
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
      });
    },
  }),
);
