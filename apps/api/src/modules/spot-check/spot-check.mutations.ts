import { randomBytes } from 'node:crypto';
import {
  drawSample,
  generateSeed,
  SERVICE_FUNCTIONS,
  SAMPLING_ALGORITHM,
  spotCheckPopulation,
  spotCheckWorkflow,
  type ServiceFunction,
} from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { recordTimeline } from '../../workflow/timeline.js';
import { runAction } from '../../workflow/run-action.js';
import { spotCheckKind, spotCheckPartiesOf } from '../../workflow/spot-check-subject.js';
import { titleKind } from '../../workflow/title-subject.js';
import { toEnumValue } from '../common/enum-value.js';
import { formatIsoDate } from '../common/scalars.js';

const yearOf = (date: string): number => Number(date.slice(0, 4));

export const SpotCheckActionEnum = builder.enumType('SpotCheckAction', {
  values: Object.fromEntries(spotCheckWorkflow.actionList.map((a) => [toEnumValue(a), { value: a }])) as Record<
    string,
    { value: (typeof spotCheckWorkflow.actionList)[number] }
  >,
});

// Art. 13: a campaign (one draw) and its checks.
builder.prismaNode('SpotCheckCampaign', {
  id: { field: 'id' },
  authScopes: { admin: true, analyst: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    year: t.exposeInt('year'),
    seed: t.exposeString('seed', {
      description: 'Recorded so anyone can re-draw the same sample from the same population.',
    }),
    sampleSize: t.exposeInt('sampleSize'),
    populationSize: t.exposeInt('populationSize'),
    population: t.stringList({
      description: 'The ids of the titles drawn from, in the order the draw sorts them.',
      resolve: (c) => (Array.isArray(c.population) ? (c.population as string[]) : []),
    }),
    stratified: t.exposeBoolean('stratified', {
      description: 'Stratified by service function (the first of Art. 4 order a title holds).',
    }),
    algorithm: t.string({ resolve: () => SAMPLING_ALGORITHM }),
    drawnAt: t.expose('drawnAt', { type: 'DateTime' }),
    drawnBy: t.relation('drawnBy'),
    checks: t.relation('checks', { query: { orderBy: { position: 'asc' } } }),
  }),
});

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
            checks: { create: sample.map((accreditationId, position) => ({ accreditationId, position })) },
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
            on: today,
          },
        });
        return tx.spotCheckCampaign.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: campaign.id } });
      });
    },
  }),
);

const RequestSpotCheckEvidenceInput = builder.inputType('RequestSpotCheckEvidenceInput', {
  fields: (t) => ({
    spotCheckId: t.globalID({ required: true }),
    request: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请说明需要提交的材料', en: 'say what evidence is requested' }))
        .max(5000),
    }),
    dueOn: t.field({ type: 'Date', required: true }),
    version: t.int({ required: false }),
  }),
});

const errorsOf = (name: string) => ({
  types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
});

builder.mutationField('requestSpotCheckEvidence', (t) =>
  t.prismaField({
    type: 'SpotCheck',
    description:
      'Art. 13: asks the drawn platform for evidence by a due date; its members are notified and reminded before the date.',
    authScopes: { admin: true },
    errors: errorsOf('RequestSpotCheckEvidence'),
    args: { input: t.arg({ type: RequestSpotCheckEvidenceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const dueOn = input.dueOn;
      if (dueOn < todayInShanghai())
        throw new ValidationError([
          {
            path: ['input', 'dueOn'],
            message: bilingual({ zhCN: '截止日期不能早于今天', en: 'the due date cannot be in the past' }),
          },
        ]);
      return prisma().$transaction(async (tx) => {
        await runAction(
          ctx,
          spotCheckKind,
          {
            id: input.spotCheckId.id,
            action: 'requestEvidence',
            expectedVersion: input.version ?? null,
            note: input.request,
            apply: async (t2, c) => {
              await t2.spotCheck.update({
                where: { id: c.id },
                data: {
                  evidenceRequest: input.request.trim(),
                  evidenceRequestedAt: new Date(),
                  dueOn: new Date(`${dueOn}T00:00:00Z`),
                },
              });
            },
            auditData: { dueOn },
            notices: (c, next) =>
              spotCheckKind.notices?.('requestEvidence', { ...c, dueOn }, next, input.request.trim()) ?? [],
          },
          tx,
        );
        return tx.spotCheck.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: input.spotCheckId.id } });
      });
    },
  }),
);

const RespondToSpotCheckInput = builder.inputType('RespondToSpotCheckInput', {
  fields: (t) => ({
    spotCheckId: t.globalID({ required: true }),
    response: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写答复', en: 'a response is required' }))
        .max(20000),
    }),
    version: t.int({ required: false }),
  }),
});

builder.mutationField('respondToSpotCheck', (t) =>
  t.prismaField({
    type: 'SpotCheck',
    description:
      "Art. 13: the checked platform's members answer the evidence request (again, until the result is recorded).",
    authScopes: { member: true },
    errors: errorsOf('RespondToSpotCheck'),
    args: { input: t.arg({ type: RespondToSpotCheckInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        await runAction(
          ctx,
          spotCheckKind,
          {
            id: input.spotCheckId.id,
            action: 'respond',
            expectedVersion: input.version ?? null,
            apply: async (t2, c) => {
              await t2.spotCheck.update({
                where: { id: c.id },
                data: { responseText: input.response.trim(), respondedAt: new Date() },
              });
            },
          },
          tx,
        );
        return tx.spotCheck.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: input.spotCheckId.id } });
      }),
  }),
);

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

builder.queryFields((t) => ({
  spotCheckCampaigns: t.prismaField({
    type: ['SpotCheckCampaign'],
    authScopes: { admin: true, analyst: true },
    resolve: (query) =>
      prisma().spotCheckCampaign.findMany({ ...query, orderBy: [{ drawnAt: 'desc' }, { id: 'desc' }] }),
  }),
  spotCheckCampaign: t.prismaField({
    type: 'SpotCheckCampaign',
    nullable: true,
    authScopes: { admin: true, analyst: true },
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (query, _root, { id }) => prisma().spotCheckCampaign.findUnique({ ...query, where: { id: id.id } }),
  }),
  mySpotChecks: t.prismaField({
    type: ['SpotCheck'],
    description: "The spot checks of the signed-in member's organisation's titles, newest first.",
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      prisma().spotCheck.findMany({
        ...query,
        where: { accreditation: { organisationId: ctx.viewer?.organisationId ?? '-' } },
        orderBy: [{ campaign: { drawnAt: 'desc' } }, { id: 'desc' }],
      }),
  }),
  spotCheck: t.prismaField({
    type: 'SpotCheck',
    nullable: true,
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      // Taken before the check: the prisma plugin (outside production) warns of a selection a
      // resolver never reads, and a denial is an answer here, not a forgotten selection.
      const load = { ...query, where: { id: id.id } };
      const row = await prisma().spotCheck.findUnique({
        where: { id: id.id },
        select: { accreditation: { select: { organisationId: true } } },
      });
      if (!row) return null;
      const parties = spotCheckPartiesOf(ctx.viewer, row.accreditation);
      if (parties.length === 0 && !hasRole(ctx.viewer, 'ANALYST')) return null;
      return prisma().spotCheck.findUnique(load);
    },
  }),
}));
