import { assignTo } from './assign-reviewers.js';
import { autoAssign } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, RuleViolationError, StaleVersionError, ValidationError } from '../../graphql/error-classes.js';
import { RoundRef } from '../round/round.object.js';

import { REVIEWING, loadPool, assignableSelect, toAssignable, conflictsWith, toDay } from './assignment.js';

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

builder.mutationField('autoAssignReviewers', (t) =>
  t.field({
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
);
