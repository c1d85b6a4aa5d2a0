import { SAMPLING_ALGORITHM, spotCheckWorkflow } from '@sme/domain';
import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { spotCheckPartiesOf } from '../../workflow/spot-check-subject.js';
import { toEnumValue } from '../common/enum-value.js';

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
