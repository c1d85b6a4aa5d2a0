import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import {
  applicationWorkflow,
  autoAssign,
  conflictKey,
  exclusionOf,
  SKIP_REASON_NAMES,
  type ServiceFunction,
} from '@sme/domain';
import { z } from 'zod';
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
import { RoundRef } from '../round/round.object.js';
import { isOpenAssignment } from './expert.object.js';
import { applicationActionErrors } from './recommendation.mutations.js';

const REVIEWING = ['UNDER_REVIEW', 'MORE_INFO_REQUESTED'] as const;

/** The pool as the assignment rule sees it: active experts who are active reviewers, with their open load. */
async function loadPool(tx: Tx) {
  const profiles = await tx.expertProfile.findMany({
    where: { active: true, user: { active: true } },
    select: {
      userId: true,
      functions: true,
      provinceCode: true,
      affiliations: true,
      unitId: true,
      user: {
        select: {
          displayName: true,
          roles: true,
          reviewAssignments: {
            select: { completedAt: true, recusedAt: true, application: { select: { status: true } } },
          },
        },
      },
    },
  });
  // The REVIEWER role is checked here: enum-array filters fail on the PGlite adapter.
  return profiles
    .filter((p) => p.user.roles.includes('REVIEWER'))
    .map((p) => ({
      id: p.userId,
      name: p.user.displayName,
      functions: p.functions as ServiceFunction[],
      provinceCode: p.provinceCode,
      affiliations: p.affiliations,
      unitId: p.unitId,
      load: p.user.reviewAssignments.filter(isOpenAssignment).length,
    }));
}

const assignableSelect = {
  id: true,
  status: true,
  version: true,
  organisationId: true,
  organisation: {
    select: {
      name: true,
      creditCode: true,
      provinceCode: true,
      memberships: { where: { status: 'ACTIVE' as const }, select: { unitId: true }, take: 1 },
    },
  },
  functions: { select: { function: true } },
  reviewerAssignments: { select: { reviewerId: true, recusedAt: true } },
} as const;

type AssignableRow = {
  id: string;
  organisationId: string;
  organisation: { name: string; creditCode: string; provinceCode: string | null; memberships: { unitId: string }[] };
  functions: { function: string }[];
  reviewerAssignments: { reviewerId: string; recusedAt: Date | null }[];
};

function toAssignable(row: AssignableRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationKeys: [row.organisation.name, row.organisation.creditCode],
    provinceCode: row.organisation.provinceCode,
    recommendingUnitId: row.organisation.memberships[0]?.unitId ?? null,
    functions: row.functions.map((f) => f.function as ServiceFunction),
    reviewerIds: row.reviewerAssignments.filter((a) => a.recusedAt === null).map((a) => a.reviewerId),
  };
}

/** Conflicts declared by experts with these organisations (on any of their applications). */
async function conflictsWith(tx: Tx, organisationIds: string[]) {
  const rows = await tx.conflictDeclaration.findMany({
    where: { hasConflict: true, application: { organisationId: { in: organisationIds } } },
    select: { reviewerId: true, application: { select: { organisationId: true } } },
  });
  return rows.map((r) => ({ expertId: r.reviewerId, organisationId: r.application.organisationId }));
}

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
async function assignTo(
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

const toDay = (iso: string | null | undefined): Date | null => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

type AutoAssignOutcome = {
  assigned: number;
  applicationIds: string[];
  shortfalls: { applicationId: string; missing: number }[];
};

const ShortfallRef = builder.objectRef<{ applicationId: string; missing: number }>('AssignmentShortfall').implement({
  fields: (t) => ({
    application: t.prismaField({
      type: 'Application',
      resolve: (query, s) => prisma().application.findUniqueOrThrow({ ...query, where: { id: s.applicationId } }),
    }),
    missing: t.exposeInt('missing', { description: 'Reviewers still missing: too few experts the rules allow.' }),
  }),
});

const AutoAssignmentRef = builder.objectRef<AutoAssignOutcome>('AutoAssignment').implement({
  fields: (t) => ({
    assigned: t.exposeInt('assigned', { description: 'Assignments made.' }),
    applications: t.prismaField({
      type: ['Application'],
      description: 'The applications that received reviewers.',
      resolve: (query, o) => prisma().application.findMany({ ...query, where: { id: { in: o.applicationIds } } }),
    }),
    shortfalls: t.field({ type: [ShortfallRef], resolve: (o) => o.shortfalls }),
  }),
});

const AutoAssignInput = builder.inputType('AutoAssignReviewersInput', {
  fields: (t) => ({
    roundId: t.globalID({ required: true, for: RoundRef }),
    reviewersPerApplication: t.int({ required: true, validate: z.number().int().min(1).max(15) }),
    excludeSameProvince: t.boolean({ description: 'Also skip experts from the organisation’s own province.' }),
    dueOn: t.field({ type: 'Date' }),
  }),
});

builder.mutationFields((t) => ({
  assignReviewers: t.prismaField({
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

  autoAssignReviewers: t.field({
    type: AutoAssignmentRef,
    description:
      'Art. 8: reviewers for every recommended application of a round (and top-ups after recusals): expertise matching the declared functions, least-loaded first, N per application, never an expert with a declared conflict, an affiliation with the organisation or a post in its recommending unit. All or nothing.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
      union: { name: 'AutoAssignReviewersResult' },
      result: { name: 'AutoAssignReviewersSuccess' },
    },
    args: { input: t.arg({ type: AutoAssignInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      prisma().$transaction(
        async (tx) => {
          const round = await tx.round.findUnique({ where: { id: input.roundId.id }, select: { id: true } });
          if (!round) throw new NotFoundError('Round');
          const rows = await tx.application.findMany({
            where: { roundId: round.id, status: { in: ['RECOMMENDED', ...REVIEWING] } },
            select: assignableSelect,
          });
          const applications = rows.map(toAssignable);
          const experts = await loadPool(tx);
          const conflicts = await conflictsWith(tx, [...new Set(rows.map((r) => r.organisationId))]);
          // Recused reviewers stay off their application even if no conflict row says so.
          for (const r of rows)
            for (const a of r.reviewerAssignments)
              if (a.recusedAt) conflicts.push({ expertId: a.reviewerId, organisationId: r.organisationId });
          const result = autoAssign({
            applications,
            experts,
            conflicts,
            reviewersPerApplication: input.reviewersPerApplication,
            excludeSameProvince: input.excludeSameProvince ?? false,
          });
          const byApp = new Map<string, string[]>();
          for (const a of result.assignments)
            byApp.set(a.applicationId, [...(byApp.get(a.applicationId) ?? []), a.expertId]);
          for (const [applicationId, reviewerIds] of [...byApp.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
            await assignTo(tx, ctx, applicationId, reviewerIds, null, toDay(input.dueOn));
          }
          await recordAudit(tx, actorOf(ctx), {
            action: 'round.autoAssignReviewers',
            entityType: 'Round',
            entityId: round.id,
            data: {
              reviewersPerApplication: input.reviewersPerApplication,
              assignments: result.assignments,
              shortfalls: result.shortfalls,
            },
          });
          return {
            assigned: result.assignments.length,
            applicationIds: [...byApp.keys()],
            shortfalls: result.shortfalls,
          };
        },
        { timeout: 60_000 },
      ),
  }),
}));
