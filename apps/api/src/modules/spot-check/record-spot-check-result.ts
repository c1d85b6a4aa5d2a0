import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { bilingual } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runAction } from '../../workflow/run-action.js';
import { spotCheckKind } from '../../workflow/spot-check-subject.js';
import { titleKind } from '../../workflow/title-subject.js';

import { errorsOf } from './spot-check-errors.js';

const RecordSpotCheckResultInput = builder.inputType('RecordSpotCheckResultInput', {
  fields: (t) => ({
    spotCheckId: t.globalID({ required: true }),
    passed: t.boolean({ required: true }),
    findings: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写抽查结论', en: 'the findings are required' }))
        .max(20000),
    }),
    version: t.int({ required: false }),
  }),
});

builder.mutationField('recordSpotCheckResult', (t) =>
  t.prismaField({
    type: 'SpotCheck',
    description:
      "Art. 13: records passed or failed with the findings. A failure opens the title's revocation in the same transaction (抽查不合格的平台将撤销); it cannot be dismissed, only completed (revokeAccreditation).",
    authScopes: { admin: true },
    errors: errorsOf('RecordSpotCheckResult'),
    args: { input: t.arg({ type: RecordSpotCheckResultInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const findings = input.findings.trim();
        const result = await runAction(
          ctx,
          spotCheckKind,
          {
            id: input.spotCheckId.id,
            action: input.passed ? 'pass' : 'fail',
            expectedVersion: input.version ?? null,
            note: findings,
            apply: async (t2, c) => {
              await t2.spotCheck.update({
                where: { id: c.id },
                data: { note: findings, decidedById: ctx.viewer?.userId ?? null, decidedAt: new Date() },
              });
            },
          },
          tx,
        );
        if (result.status === 'FAILED') {
          const check = await tx.spotCheck.findUniqueOrThrow({
            where: { id: result.id },
            select: { accreditationId: true, accreditation: { select: { revocation: { select: { id: true } } } } },
          });
          // A title already being revoked (or revoked) keeps its revocation; otherwise the system opens one.
          if (!check.accreditation.revocation) {
            await runAction(
              ctx,
              titleKind,
              {
                id: check.accreditationId,
                action: 'openRevocation',
                parties: ['SYSTEM'],
                note: findings,
                apply: async (t2, title) => {
                  await t2.revocation.create({
                    data: {
                      accreditationId: title.id,
                      reason: 'FAILED_SPOT_CHECK',
                      status: 'OPEN',
                      description: findings,
                      spotCheckId: result.id,
                    },
                  });
                },
                auditData: { spotCheckId: result.id },
              },
              tx,
            );
          }
        }
        return tx.spotCheck.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: input.spotCheckId.id } });
      }),
  }),
);
