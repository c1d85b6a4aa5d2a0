import { randomBytes } from 'node:crypto';
import {
  drawSample,
  generateSeed,
  SERVICE_FUNCTIONS,
  SAMPLING_ALGORITHM,
  spotCheckPopulation,
  type ServiceFunction,
} from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { bilingual, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { recordTimeline } from '../../workflow/timeline.js';
import { formatIsoDate } from '../common/scalars.js';
import { titlesWithOverdueReports } from '../annual-report/report-facts.js';

const yearOf = (date: string): number => Number(date.slice(0, 4));

const DrawSpotCheckSampleInput = builder.inputType('DrawSpotCheckSampleInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写抽查名称', en: 'the spot check needs a name' }))
        .max(200),
    }),
    sampleSize: t.int({
      required: true,
      validate: z
        .number()
        .int()
        .min(1, bilingual({ zhCN: '抽查数量至少为1', en: 'draw at least one title' }))
        .max(10000),
    }),
    seed: t.string({
      required: false,
      description: 'Absent: a random seed is generated and recorded.',
      validate: z.string().trim().min(1).max(200),
    }),
    stratifyByFunction: t.boolean({
      required: false,
      description: 'Draw from each service function in proportion to its share.',
    }),
    includeOverdueReports: t.boolean({
      required: false,
      description:
        'A rule of the software, off unless true: also check every title of the population whose annual service report (Art. 12) is overdue today.',
    }),
  }),
});

/** The stratum of a title: the first of its functions in the order of Art. 4. */
function stratumOf(functions: readonly ServiceFunction[]): string {
  return SERVICE_FUNCTIONS.find((f) => functions.includes(f)) ?? 'NONE';
}

builder.mutationField('drawSpotCheckSample', (t) =>
  t.prismaField({
    type: 'SpotCheckCampaign',
    description: 'Art. 13: draws a reproducible random sample of the titles valid and unrevoked today.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError],
      union: { name: 'DrawSpotCheckSampleResult' },
      result: { name: 'DrawSpotCheckSampleSuccess' },
    },
    args: { input: t.arg({ type: DrawSpotCheckSampleInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const today = todayInShanghai();
      const seed = input.seed?.trim() || generateSeed(randomBytes(16));
      return prisma().$transaction(async (tx) => {
        const day = new Date(`${today}T00:00:00Z`);
        // Valid today and carrying no revocation at all (an open one means it is already being revoked).
        const rows = await tx.accreditation.findMany({
          where: { validFrom: { lte: day }, validUntil: { gte: day }, revocation: null },
          select: { id: true, functions: true, validFrom: true, validUntil: true },
        });
        // The domain's rule decides the population (valid on the day, no revocation); the query only narrows what is loaded.
        const eligible = new Set(
          spotCheckPopulation(
            rows.map((r) => ({
              id: r.id,
              validFrom: formatIsoDate(r.validFrom),
              validUntil: formatIsoDate(r.validUntil),
              revocation: null,
            })),
            today,
          ),
        );
        const titles = rows.filter((r) => eligible.has(r.id));
        if (titles.length === 0) {
          throw new RuleViolationError('Art. 13', 'EMPTY_POPULATION', {
            zhCN: '第十三条：今天没有有效且未撤销的示范平台可供抽查。',
            en: 'Art. 13: no title is valid and unrevoked today; there is nothing to draw from.',
          });
        }
        const functionsOf = new Map(titles.map((ti) => [ti.id, ti.functions]));
        const population = titles.map((ti) => ti.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const stratified = input.stratifyByFunction ?? false;
        const sample = drawSample({
          population,
          size: input.sampleSize,
          seed,
          ...(stratified ? { stratifyBy: (id: string) => stratumOf(functionsOf.get(id) ?? []) } : {}),
        });
        const includesOverdueReports = input.includeOverdueReports ?? false;
        const overdue = includesOverdueReports
          ? (await titlesWithOverdueReports(tx, today, population)).filter((id) => !sample.includes(id))
          : [];
        const campaign = await tx.spotCheckCampaign.create({
          data: {
            name: input.name.trim(),
            year: yearOf(today),
            seed,
            sampleSize: sample.length,
            populationSize: population.length,
            population,
            stratified,
            drawnById: ctx.viewer?.userId ?? '',
            includesOverdueReports,
            checks: {
              create: [
                ...sample.map((accreditationId, position) => ({ accreditationId, position })),
                ...overdue.map((accreditationId, i) => ({
                  accreditationId,
                  position: sample.length + i,
                  overdueReport: true,
                })),
              ],
            },
          },
          include: { checks: { select: { id: true } } },
        });
        const actor = actorOf(ctx);
        for (const check of campaign.checks) {
          await recordTimeline(tx, {
            subjectType: 'SpotCheck',
            subjectId: check.id,
            action: 'draw',
            status: 'PENDING',
            actorId: actor.actorId,
            note: campaign.name,
          });
        }
        await recordAudit(tx, actor, {
          action: 'spotCheck.draw',
          entityType: 'SpotCheckCampaign',
          entityId: campaign.id,
          data: {
            seed,
            algorithm: SAMPLING_ALGORITHM,
            requested: input.sampleSize,
            drawn: sample.length,
            populationSize: population.length,
            stratified,
            ...(includesOverdueReports ? { overdueReportsAdded: overdue } : {}),
            on: today,
          },
        });
        return tx.spotCheckCampaign.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: campaign.id } });
      });
    },
  }),
);
