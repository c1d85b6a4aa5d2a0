import { attestationRejectedFailure } from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { bilingual, RuleViolationError, StaleVersionError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { ApplicationRef } from '../application/application.object.js';
import { loadRejectedAttestations } from './rejected-attestations.js';
import { applicationActionErrors } from './decide-recommendation.js';
import { ReviewOutcomeEnum } from './review.object.js';

// ── Decisions ───────────────────────────────────────────────────────────────

const DecideApplicationsInput = builder.inputType('DecideApplicationsInput', {
  fields: (t) => ({
    applicationIds: t.globalIDList({
      required: true,
      for: ApplicationRef,
      validate: z
        .array(z.unknown())
        .min(1, bilingual({ zhCN: '请至少选择一项申报', en: 'choose at least one application' })),
    }),
    outcome: t.field({ type: ReviewOutcomeEnum, required: true }),
    note: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写决定说明', en: 'the decision note is required' }))
        .max(5000),
    }),
    versions: t.intList({
      description:
        'The versions read, in the order of applicationIds; a stale one refuses the whole batch (ConflictError).',
    }),
  }),
});

builder.mutationField('decideApplications', (t) =>
  t.prismaField({
    type: ['Application'],
    description:
      'Art. 8: an administrator decides reviewed applications, all or nothing, in one transaction (UNDER_REVIEW → REVIEW_PASSED | REVIEW_FAILED). Each needs at least one submitted review. Passing is refused with ATTESTATION_REJECTED (Art. 5, 应同时具备) while an attested condition stands rejected in the reviews that count (Application.rejectedAttestations).',
    authScopes: { admin: true },
    errors: {
      types: applicationActionErrors,
      union: { name: 'DecideApplicationsResult' },
      result: { name: 'DecideApplicationsSuccess' },
    },
    args: { input: t.arg({ type: DecideApplicationsInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      const ids = input.applicationIds.map((g) => g.id);
      if (input.versions && input.versions.length !== ids.length) {
        throw new ValidationError([
          {
            path: ['input', 'versions'],
            message: bilingual({ zhCN: '版本数须与申报数一致', en: 'give one version per application' }),
          },
        ]);
      }
      const versionOf = new Map(ids.map((id, i) => [id, input.versions?.[i] ?? null]));
      const unique = [...new Set(ids)].sort();
      const action = input.outcome;
      const note = input.note.trim();
      return prisma().$transaction(
        async (tx) => {
          const names = new Map(
            (
              await tx.application.findMany({
                where: { id: { in: unique } },
                select: { id: true, organisation: { select: { name: true } } },
              })
            ).map((a) => [a.id, a.organisation.name]),
          );
          const decidedAt = new Date();
          // Ids in a fixed order, so concurrent batches lock rows in the same order and never deadlock.
          for (const id of unique) {
            try {
              await runApplicationAction(
                ctx,
                {
                  applicationId: id,
                  action,
                  expectedVersion: versionOf.get(id),
                  note,
                  data: () => ({ decidedAt }),
                  apply: async (t2, app) => {
                    const submitted = await t2.reviewerAssignment.count({
                      where: { applicationId: app.id, recusedAt: null, completedAt: { not: null } },
                    });
                    if (submitted === 0) {
                      throw new RuleViolationError('Art. 8', 'NO_REVIEWS', {
                        zhCN: '第八条：该申报尚无专家提交评审意见，不能作出评审决定。',
                        en: 'Art. 8: no reviewer has submitted a review of this application yet; it cannot be decided.',
                      });
                    }
                    if (action === 'passReview') {
                      // Arts. 5 and 9: a condition a reviewer rejected stands in the way of passing.
                      const refused = attestationRejectedFailure(
                        names.get(app.id) ?? '',
                        await loadRejectedAttestations(t2, app.id),
                      );
                      if (refused) throw RuleViolationError.from(refused);
                    }
                    await t2.reviewDecision.create({
                      data: {
                        applicationId: app.id,
                        outcome: action === 'passReview' ? 'PASSED' : 'FAILED',
                        comment: note,
                        decidedById: ctx.viewer?.userId ?? '',
                      },
                    });
                  },
                  auditData: { batch: unique.length },
                },
                tx,
              );
            } catch (error) {
              throw nameTheOrganisation(error, names.get(id));
            }
          }
          return tx.application.findMany({
            ...nonEmptyQuery(query),
            where: { id: { in: unique } },
            orderBy: { id: 'asc' },
          });
        },
        { timeout: 60_000 },
      );
    },
  }),
);

// In a batch, say which organisation stopped it.
function nameTheOrganisation(error: unknown, name: string | undefined): unknown {
  if (!name) return error;
  if (error instanceof RuleViolationError) {
    if (error.text.zhCN.includes(name)) return error; // the message names it already
    return new RuleViolationError(error.article, error.code, {
      zhCN: `${name}：${error.text.zhCN}`,
      en: `${name}: ${error.text.en}`,
    });
  }
  if (error instanceof StaleVersionError) return error;
  return error;
}
