import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  checkWeights,
  DEFAULT_RECOMMENDATION_WEIGHTS,
  formatChineseDate,
  SCORE_COMPONENT_NAMES,
  SCORE_COMPONENTS,
  type ScoreComponent,
  type ScoreComponentName,
} from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { formatIsoDate } from '../common/scalars.js';
import { rankingOf, weightsInForce } from './ranking-facts.js';

// Art. 14 (择优): the ranking the association chooses the best from, its weights, and the
// recommendation made from it. The existing recommendNationally (a list chosen by hand) stays.

type CandidateShape = {
  accreditationId: string;
  year: number;
  rank: number;
  score: number;
  components: readonly ScoreComponent[];
};

const labelOf = (name: string, locale: 'ZH_CN' | 'EN') => {
  const text = SCORE_COMPONENT_NAMES[name as ScoreComponentName];
  return text ? (locale === 'EN' ? text.en : text.zhCN) : name;
};

const ScoreComponentRef = builder.objectRef<ScoreComponent>('ScoreComponent').implement({
  description:
    'One named part of a candidate’s score: its value normalised to 0–1 and the weight it was given (docs/measures.md, Art. 14).',
  fields: (t) => ({
    name: t.exposeString('name', {
      description:
        'REVIEW_SCORE, SERVICE_GROWTH, PUBLIC_WELFARE_SHARE, ACTIVITIES_ATTENDED, SPOT_CHECK_RESULTS or YEARS_HELD.',
    }),
    value: t.exposeFloat('value', { description: 'Normalised, 0–1.' }),
    weight: t.exposeFloat('weight'),
    label: t.string({
      description: "The component's name in the caller's language.",
      resolve: (c, _a, ctx) => labelOf(c.name, ctx.locale),
    }),
    raw: t.float({
      nullable: true,
      description:
        'The figure it was normalised from: the review score (0–100), the growth rate, the share, activities attended, the share of checks passed, years held; null without evidence.',
      resolve: (c) => c.raw,
    }),
    contribution: t.float({
      description: 'Points this component adds to the 0–100 score.',
      resolve: (c, _a, _ctx) => c.weight * c.value,
    }),
  }),
});

const RecommendationCandidateRef = builder.objectRef<CandidateShape>('RecommendationCandidate').implement({
  description:
    'Art. 14: a title valid and unrevoked on the day, with its place, score (0–100) and the components of it.',
  fields: (t) => ({
    accreditation: t.prismaField({
      type: 'Accreditation',
      resolve: (query, c) => prisma().accreditation.findUniqueOrThrow({ ...query, where: { id: c.accreditationId } }),
    }),
    rank: t.exposeInt('rank'),
    score: t.exposeFloat('score'),
    components: t.field({ type: [ScoreComponentRef], resolve: (c) => [...c.components] }),
    dossierUrl: t.string({
      description: "GET the platform's dossier (PDF) with the session cookie: administrators and analysts.",
      resolve: (c) => dossierUrl(c.accreditationId, c.year),
    }),
    recommended: t.boolean({
      description: 'Already recommended to the national programme for the year.',
      resolve: async (c) =>
        (await prisma().nationalRecommendation.count({ where: { accreditationId: c.accreditationId, year: c.year } })) >
        0,
    }),
  }),
});

type WeightShape = { name: ScoreComponentName; weight: number };
const ScoreComponentWeightRef = builder.objectRef<WeightShape>('ScoreComponentWeight').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.string({ resolve: (w, _a, ctx) => labelOf(w.name, ctx.locale) }),
    weight: t.exposeFloat('weight'),
    defaultWeight: t.float({ resolve: (w) => DEFAULT_RECOMMENDATION_WEIGHTS[w.name] }),
  }),
});

const weightList = (weights: Record<string, number>): WeightShape[] =>
  SCORE_COMPONENTS.map((name) => ({ name, weight: weights[name] ?? 0 }));

type WeightsShape = {
  version: number;
  weights: Record<string, number>;
  note: string | null;
  setAt: Date | null;
  setBy: string | null;
};
const RecommendationWeightsRef = builder.objectRef<WeightsShape>('RecommendationWeights').implement({
  description:
    'Art. 14: the weights of the ranking’s components in force. Version 0 is the built-in default; each change an administrator makes is a new version, kept.',
  fields: (t) => ({
    version: t.exposeInt('version'),
    isDefault: t.boolean({ resolve: (w) => w.version === 0 }),
    components: t.field({ type: [ScoreComponentWeightRef], resolve: (w) => weightList(w.weights) }),
    note: t.exposeString('note', { nullable: true }),
    setAt: t.expose('setAt', { type: 'DateTime', nullable: true }),
    setBy: t.exposeString('setBy', { nullable: true }),
  }),
});

async function weightsShape(): Promise<WeightsShape> {
  const inForce = await prisma().$transaction((tx) => weightsInForce(tx));
  if (!inForce.id) return { version: 0, weights: inForce.weights, note: null, setAt: null, setBy: null };
  const row = await prisma().recommendationWeights.findUniqueOrThrow({
    where: { id: inForce.id },
    select: { note: true, setAt: true, setBy: { select: { displayName: true } } },
  });
  return {
    version: inForce.version,
    weights: inForce.weights,
    note: row.note,
    setAt: row.setAt,
    setBy: row.setBy.displayName,
  };
}

builder.prismaNode('RecommendationRanking', {
  id: { field: 'id' },
  authScopes: { admin: true },
  description:
    'Art. 14: a ranking a recommendation was made from, kept as it was: the day, the weights and every candidate.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    rankedOn: t.expose('rankedOn', { type: 'Date' }),
    weightsVersion: t.int({
      select: { weightsSet: { select: { version: true } } },
      resolve: (r) => r.weightsSet?.version ?? 0,
    }),
    weights: t.field({
      type: [ScoreComponentWeightRef],
      select: { weights: true },
      resolve: (r) => weightList((r.weights ?? {}) as Record<string, number>),
    }),
    candidates: t.field({
      type: [RecommendationCandidateRef],
      select: { candidates: true, year: true },
      resolve: (r) =>
        ((r.candidates ?? []) as unknown as Omit<CandidateShape, 'year'>[]).map((c) => ({ ...c, year: r.year })),
    }),
    rankedBy: t.string({
      select: { rankedBy: { select: { displayName: true } } },
      resolve: (r) => r.rankedBy.displayName,
    }),
    rankedAt: t.expose('rankedAt', { type: 'DateTime' }),
  }),
});

const dossierUrl = (accreditationId: string, year: number) =>
  `/api/national-recommendation/dossiers/${encodeURIComponent(encodeGlobalID('Accreditation', accreditationId))}.pdf?year=${year}`;

builder.prismaObjectFields('NationalRecommendation', (t) => ({
  dossierUrl: t.string({
    description: "GET the platform's dossier (PDF), with this recommendation: administrators and analysts.",
    select: { accreditationId: true, year: true },
    resolve: (r) => dossierUrl(r.accreditationId, r.year),
  }),
  ranking: t.relation('ranking', { nullable: true, authScopes: { admin: true } }),
  rank: t.exposeInt('rank', { nullable: true, description: 'The place in the ranking it was recommended from.' }),
  score: t.exposeFloat('score', { nullable: true, description: 'The score (0–100) in that ranking.' }),
}));

builder.queryFields((t) => ({
  nationalRecommendationCandidates: t.field({
    type: [RecommendationCandidateRef],
    description:
      'Art. 14: the titles valid and unrevoked today, ranked best first by the weighted components (the weights in force); for the recommendation of `year`, reading the accepted annual reports on the years before it.',
    authScopes: { admin: true },
    args: { year: t.arg.int({ required: true, validate: z.number().int().min(2000).max(2100) }) },
    resolve: async (_root, { year }) => {
      const { ranked } = await prisma().$transaction((tx) => rankingOf(tx, year, todayInShanghai()));
      return ranked.map((c) => ({
        accreditationId: c.id,
        year,
        rank: c.rank,
        score: c.score,
        components: c.components,
      }));
    },
  }),
  recommendationWeights: t.field({
    type: RecommendationWeightsRef,
    description: 'Art. 14: the weights in force.',
    authScopes: { admin: true },
    resolve: () => weightsShape(),
  }),
  recommendationRankings: t.prismaField({
    type: ['RecommendationRanking'],
    description: 'Art. 14: the rankings recommendations were made from (of a year, when given), latest first.',
    authScopes: { admin: true },
    args: { year: t.arg.int({ required: false, validate: z.number().int().min(2000).max(2100) }) },
    resolve: (query, _root, { year }) =>
      prisma().recommendationRanking.findMany({
        ...query,
        where: year != null ? { year } : {},
        orderBy: [{ rankedAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

const ScoreComponentWeightInput = builder.inputType('ScoreComponentWeightInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    weight: t.float({ required: true }),
  }),
});

const SetRecommendationWeightsInput = builder.inputType('SetRecommendationWeightsInput', {
  fields: (t) => ({
    weights: t.field({ type: [ScoreComponentWeightInput], required: true }),
    note: t.string({ required: false, validate: z.string().max(2000) }),
  }),
});

builder.mutationField('setRecommendationWeights', (t) =>
  t.field({
    type: RecommendationWeightsRef,
    description:
      'Art. 14: an administrator sets the weights of every component (0–100 each, not all 0); the earlier weights are kept.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError],
      union: { name: 'SetRecommendationWeightsResult' },
      result: { name: 'SetRecommendationWeightsSuccess' },
    },
    args: { input: t.arg({ type: SetRecommendationWeightsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const weights: Record<string, number> = {};
      for (const w of input.weights) weights[w.name] = w.weight;
      // A component named twice is as wrong as one left out.
      const twice = input.weights.length !== Object.keys(weights).length;
      const failure = checkWeights(weights) ?? (twice ? checkWeights({}) : null);
      if (failure) throw RuleViolationError.from(failure);
      await prisma().$transaction(async (tx) => {
        const last = await tx.recommendationWeights.findFirst({
          orderBy: { version: 'desc' },
          select: { version: true },
        });
        const created = await tx.recommendationWeights.create({
          data: {
            version: (last?.version ?? 0) + 1,
            weights,
            note: input.note?.trim() || null,
            setById: ctx.viewer?.userId ?? '',
          },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'recommendationWeights.set',
          entityType: 'RecommendationWeights',
          entityId: created.id,
          data: { version: created.version, weights, note: created.note },
        });
      });
      return weightsShape();
    },
  }),
);

const RecommendNationallyFromRankingInput = builder.inputType('RecommendNationallyFromRankingInput', {
  fields: (t) => ({
    year: t.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
    accreditationIds: t.globalIDList({
      required: true,
      validate: z
        .array(z.unknown())
        .min(1, bilingual({ zhCN: '至少选择一个示范平台', en: 'choose at least one title' })),
    }),
    note: t.string({ required: false, validate: z.string().max(5000) }),
  }),
});

builder.mutationField('recommendNationallyFromRanking', (t) =>
  t.prismaField({
    type: ['NationalRecommendation'],
    description:
      'Art. 14: recommends titles chosen from today’s ranking, with a note. The ranking (weights used, every candidate) is kept with the recommendations; only ranked titles (valid and unrevoked today) may be chosen. All or nothing.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'RecommendNationallyFromRankingResult' },
      result: { name: 'RecommendNationallyFromRankingSuccess' },
    },
    args: { input: t.arg({ type: RecommendNationallyFromRankingInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const today = todayInShanghai();
        const ids = [...new Set(input.accreditationIds.map((g) => g.id))];
        const { weights, ranked } = await rankingOf(tx, input.year, today);
        const byId = new Map(ranked.map((c) => [c.id, c]));
        const outside = ids.filter((id) => !byId.has(id));
        if (outside.length > 0) {
          const title = await tx.accreditation.findUnique({
            where: { id: outside[0] },
            select: { certificateNumber: true, organisation: { select: { name: true } } },
          });
          if (!title) throw new NotFoundError('Accreditation');
          throw new RuleViolationError('Art. 14', 'TITLE_NOT_VALID', {
            zhCN: `第十四条：只能推荐${formatChineseDate(today)}有效且未撤销的示范平台；${title.organisation.name}（证书编号${title.certificateNumber}）不在当天的排名中。`,
            en: `Art. 14: only titles valid and unrevoked on ${today} may be recommended; ${title.organisation.name} (certificate ${title.certificateNumber}) is not in that day's ranking.`,
          });
        }
        const ranking = await tx.recommendationRanking.create({
          data: {
            year: input.year,
            rankedOn: new Date(`${today}T00:00:00Z`),
            weightsId: weights.id,
            weights: weights.weights,
            candidates: ranked.map((c) => ({
              accreditationId: c.id,
              rank: c.rank,
              score: c.score,
              components: c.components,
            })) as never,
            rankedById: ctx.viewer?.userId ?? '',
          },
        });
        const note = input.note?.trim() || null;
        for (const id of ids) {
          const c = byId.get(id);
          const place = { rankingId: ranking.id, rank: c?.rank ?? null, score: c?.score ?? null };
          await tx.nationalRecommendation.upsert({
            where: { accreditationId_year: { accreditationId: id, year: input.year } },
            create: {
              accreditationId: id,
              year: input.year,
              note,
              recommendedById: ctx.viewer?.userId ?? '',
              ...place,
            },
            update: { note, ...place },
          });
        }
        await recordAudit(tx, actorOf(ctx), {
          action: 'nationalRecommendation.recommendFromRanking',
          entityType: 'NationalRecommendation',
          entityId: ranking.id,
          data: {
            year: input.year,
            accreditationIds: ids,
            note,
            rankingId: ranking.id,
            weightsVersion: weights.version,
            weights: weights.weights,
            places: ids.map((id) => ({ id, rank: byId.get(id)?.rank, score: byId.get(id)?.score })),
            on: formatIsoDate(today),
          },
        });
        return tx.nationalRecommendation.findMany({
          ...nonEmptyQuery(query),
          where: { year: input.year, accreditationId: { in: ids } },
          orderBy: [{ rank: 'asc' }, { recommendedAt: 'asc' }],
        });
      }),
  }),
);
