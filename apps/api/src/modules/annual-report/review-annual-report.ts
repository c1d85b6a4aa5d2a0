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
import { annualReportKind } from '../../workflow/annual-report-subject.js';
import { runAction } from '../../workflow/run-action.js';

const ReviewAnnualReportInput = builder.inputType('ReviewAnnualReportInput', {
  fields: (t) => ({
    reportId: t.globalID({ required: true }),
    accept: t.boolean({ required: true }),
    note: t.string({ required: true, validate: z.string().max(5000) }),
    version: t.int({ required: false }),
  }),
});

builder.mutationField('reviewAnnualReport', (t) =>
  t.prismaField({
    type: 'AnnualReport',
    description:
      'Art. 12: an administrator accepts a submitted report or returns it with a note (SUBMITTED → ACCEPTED | RETURNED). A return needs a note.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
      union: { name: 'ReviewAnnualReportResult' },
      result: { name: 'ReviewAnnualReportSuccess' },
    },
    args: { input: t.arg({ type: ReviewAnnualReportInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      const note = input.note.trim();
      if (!input.accept && !note)
        throw new ValidationError([
          {
            path: ['input', 'note'],
            message: bilingual({ zhCN: '退回时请说明原因', en: 'say why the report is returned' }),
          },
        ]);
      return prisma().$transaction(async (tx) => {
        await runAction(
          ctx,
          annualReportKind,
          {
            id: input.reportId.id,
            action: input.accept ? 'accept' : 'return',
            expectedVersion: input.version ?? null,
            note: note || null,
            apply: async (t2, r) => {
              await t2.annualReport.update({
                where: { id: r.id },
                data: { reviewedAt: new Date(), reviewedById: ctx.viewer?.userId ?? null, reviewNote: note || null },
              });
            },
          },
          tx,
        );
        return tx.annualReport.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: input.reportId.id } });
      });
    },
  }),
);
