import { checkReportYear, reportDueOn } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
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
import { isHolder, loadHeldTitle } from '../service-record/holder.js';
import { annualReportSchedule } from './annual-report-settings.js';
import { figuresOf } from './report-facts.js';

const SubmitAnnualReportInput = builder.inputType('SubmitAnnualReportInput', {
  fields: (t) => ({
    accreditationId: t.globalID({ required: true }),
    year: t.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
    summary: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写年度服务总结', en: 'write a summary of the year' }))
        .max(20000),
    }),
    version: t.int({ required: false }),
  }),
});

const SaveAnnualReportDraftInput = builder.inputType('SaveAnnualReportDraftInput', {
  fields: (t) => ({
    accreditationId: t.globalID({ required: true }),
    year: t.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
    summary: t.string({ required: true, validate: z.string().max(20000) }),
  }),
});

const errorsOf = (name: string) => ({
  types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
});

/** The report of a title and year, created as a DRAFT when there is none yet (in `tx`). */
async function draftOf(
  tx: Parameters<typeof figuresOf>[0],
  accreditationId: string,
  year: number,
): Promise<{ id: string; created: boolean }> {
  const found = await tx.annualReport.findUnique({
    where: { accreditationId_year: { accreditationId, year } },
    select: { id: true },
  });
  if (found) return { id: found.id, created: false };
  const created = await tx.annualReport.create({
    data: { accreditationId, year, dueOn: new Date(`${reportDueOn(year, annualReportSchedule())}T00:00:00Z`) },
    select: { id: true },
  });
  return { id: created.id, created: true };
}

async function holderTitle(
  tx: Parameters<typeof figuresOf>[0],
  id: string,
  viewer: Parameters<typeof isHolder>[0],
  year: number,
) {
  const title = await loadHeldTitle(tx, id);
  if (!title || !isHolder(viewer, title.organisationId)) throw new NotFoundError('Accreditation');
  const failure = checkReportYear(year, title, todayInShanghai(), annualReportSchedule());
  if (failure) throw RuleViolationError.from(failure);
  return title;
}

builder.mutationField('submitAnnualReport', (t) =>
  t.prismaField({
    type: 'AnnualReport',
    description:
      "Art. 12: a member of the platform submits the title's report on a year (DRAFT or RETURNED → SUBMITTED). Its figures are taken from the year's records and attendance and frozen; one report per title and year.",
    authScopes: { member: true },
    errors: errorsOf('SubmitAnnualReport'),
    args: { input: t.arg({ type: SubmitAnnualReportInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const title = await holderTitle(tx, input.accreditationId.id, ctx.viewer, input.year);
        const { id } = await draftOf(tx, title.id, input.year);
        const figures = await figuresOf(tx, title.id, input.year);
        await runAction(
          ctx,
          annualReportKind,
          {
            id,
            action: 'submit',
            expectedVersion: input.version ?? null,
            apply: async (t2, r) => {
              await t2.annualReport.update({
                where: { id: r.id },
                data: {
                  ...figures,
                  summary: input.summary.trim(),
                  submittedAt: new Date(),
                  submittedById: ctx.viewer?.userId ?? null,
                },
              });
            },
            auditData: { year: input.year, accreditationId: title.id, figures },
          },
          tx,
        );
        return tx.annualReport.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
      }),
  }),
);

builder.mutationField('saveAnnualReportDraft', (t) =>
  t.prismaField({
    type: 'AnnualReport',
    description:
      "Art. 12: a member of the platform saves the summary of the title's report on a year without submitting it (a DRAFT, or a RETURNED report being revised).",
    authScopes: { member: true },
    errors: errorsOf('SaveAnnualReportDraft'),
    args: { input: t.arg({ type: SaveAnnualReportDraftInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const title = await holderTitle(tx, input.accreditationId.id, ctx.viewer, input.year);
        const { id, created } = await draftOf(tx, title.id, input.year);
        const report = await tx.annualReport.findUniqueOrThrow({ where: { id }, select: { status: true } });
        if (report.status !== 'DRAFT' && report.status !== 'RETURNED')
          throw new RuleViolationError('software', 'REPORT_ALREADY_SUBMITTED', {
            zhCN: `系统规则：${input.year}年度服务报告已提交，不能再作为草稿修改。`,
            en: `Software rule: the ${input.year} annual report has been submitted and can no longer be edited as a draft.`,
          });
        await tx.annualReport.update({ where: { id }, data: { summary: input.summary.trim() } });
        await recordAudit(tx, actorOf(ctx), {
          action: 'annualReport.saveDraft',
          entityType: 'AnnualReport',
          entityId: id,
          data: { year: input.year, accreditationId: title.id, created },
        });
        return tx.annualReport.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
      }),
  }),
);
