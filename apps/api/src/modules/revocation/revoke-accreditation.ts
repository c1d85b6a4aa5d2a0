import { validateRevocation } from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runAction } from '../../workflow/run-action.js';
import { loadTitle, revokedNotice, titleKind } from '../../workflow/title-subject.js';
import { RevocationReasonEnum } from './revocation.object.js';

const RevokeAccreditationInput = builder.inputType('RevokeAccreditationInput', {
  fields: (t) => ({
    accreditationId: t.globalID({ required: true }),
    reason: t.field({ type: RevocationReasonEnum, required: true }),
    description: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请说明撤销事由', en: 'describe the grounds for revocation' }))
        .max(20000),
    }),
    evidence: t.string({ required: true, validate: z.string().max(20000) }),
    effectiveOn: t.field({ type: 'Date', required: true }),
    version: t.int({ required: false, description: "The title's version as read." }),
  }),
});

builder.mutationField('revokeAccreditation', (t) =>
  t.prismaField({
    type: 'Revocation',
    description:
      'Arts. 11 and 13: revokes a title with its effective date, or completes the revocation a failed spot check opened. Published on the register; the holder is notified.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
      union: { name: 'RevokeAccreditationResult' },
      result: { name: 'RevokeAccreditationSuccess' },
    },
    args: { input: t.arg({ type: RevokeAccreditationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const title = await loadTitle(tx, input.accreditationId.id);
        if (!title) throw new NotFoundError('Accreditation');
        const failedSpotCheck =
          (await tx.spotCheck.count({ where: { accreditationId: title.id, status: 'FAILED' } })) > 0;
        // Arts. 11 and 13: Art. 11 needs the verified violation's evidence (一经查实), Art. 13 a failed spot check of this title; the date falls within the validity.
        const valid = validateRevocation({
          reason: input.reason,
          description: input.description,
          evidence: input.evidence,
          effectiveOn: input.effectiveOn,
          accreditation: { validFrom: title.validFrom, validUntil: title.validUntil },
          spotCheckOutcome: failedSpotCheck ? 'FAILED' : null,
        });
        if (!valid.ok)
          throw RuleViolationError.from(
            valid.error[0] ?? {
              article: 'Art. 11',
              code: 'INVALID_REVOCATION',
              message: { zhCN: '撤销无效。', en: 'Invalid revocation.' },
            },
          );
        const action = title.status === 'REVOCATION_OPEN' ? 'completeRevocation' : 'revoke';
        const fields = {
          reason: input.reason,
          status: 'COMPLETED' as const,
          description: input.description.trim(),
          evidence: input.evidence.trim() || null,
          effectiveOn: new Date(`${input.effectiveOn}T00:00:00Z`),
          decidedById: ctx.viewer?.userId ?? null,
          decidedAt: new Date(),
          publishedAt: new Date(),
        };
        await runAction(
          ctx,
          titleKind,
          {
            id: title.id,
            action,
            expectedVersion: input.version ?? null,
            note: input.description.trim(),
            apply: async (t2, loaded) => {
              if (loaded.revocation)
                await t2.revocation.update({
                  where: { id: loaded.revocation.id },
                  data: { ...fields, version: { increment: 1 } },
                });
              else await t2.revocation.create({ data: { accreditationId: loaded.id, ...fields } });
            },
            auditData: { reason: input.reason, effectiveOn: input.effectiveOn },
            notices: (loaded) => revokedNotice(loaded, input.effectiveOn, input.reason),
          },
          tx,
        );
        return tx.revocation.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { accreditationId: title.id } });
      }),
  }),
);
