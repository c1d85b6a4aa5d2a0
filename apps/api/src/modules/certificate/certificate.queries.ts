import { parseCertificateNumber, type ServiceFunction } from '@sme/domain';
import { regionLabel } from '@sme/domain/region';
import type { Prisma } from '@sme/db';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { countOnce } from '../../count-cache.js';
import { prisma } from '../../db.js';
import { oncePer } from '../../once-per.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { certificateStatusOn, revocationPendingOn, revokedOn, type CertificateStatus } from './certificate-status.js';
import { regionCodes } from './region-codes.js';

export const CertificateStatusEnum = builder.enumType('CertificateStatus', {
  description:
    "A certificate on the day asked: VALID, NOT_YET_VALID (a renewal starting after the title it continues), EXPIRED or REVOKED. The public verification's view of TitleStatus, which also tells EXPIRING_THIS_YEAR.",
  values: ['VALID', 'NOT_YET_VALID', 'EXPIRED', 'REVOKED'] as const,
});

type CertificateCheck = {
  number: string;
  status: CertificateStatus;
  organisationName: string;
  functions: ServiceFunction[];
  awardedOn: Date;
  validFrom: Date;
  validUntil: Date;
  revokedOn: string | null;
  revocationPending: boolean;
};

const CertificateCheckRef = builder.objectRef<CertificateCheck>('CertificateCheck').implement({
  description: 'What anyone may verify about a certificate number (Arts. 9, 11, 13).',
  fields: (t) => ({
    number: t.exposeString('number'),
    status: t.field({ type: CertificateStatusEnum, resolve: (c) => c.status }),
    organisationName: t.exposeString('organisationName'),
    functions: t.field({ type: [ServiceFunctionEnum], resolve: (c) => c.functions }),
    awardedOn: t.expose('awardedOn', { type: 'Date' }),
    validFrom: t.expose('validFrom', { type: 'Date' }),
    validUntil: t.expose('validUntil', { type: 'Date' }),
    revokedOn: t.expose('revokedOn', {
      type: 'Date',
      nullable: true,
      description: 'First day without the title, when a revocation was completed.',
    }),
    revocationPending: t.exposeBoolean('revocationPending', {
      description:
        'Arts. 11 and 13: a revocation of the title is open (a failed spot check, or a verified violation) and not yet in effect — shown as 撤销办理中.',
    }),
  }),
});

const revocationSelect = { select: { status: true, effectiveOn: true } } as const;

builder.prismaObjectFields('Accreditation', (t) => ({
  organisationName: t.string({
    select: { organisation: { select: { name: true } } },
    resolve: (a) => a.organisation.name,
  }),
  region: t.string({
    nullable: true,
    description: 'Province (and city) of the holder, in Chinese.',
    select: { organisation: { select: { provinceCode: true, cityCode: true } } },
    resolve: (a) => regionLabel(a.organisation.provinceCode, a.organisation.cityCode),
  }),
  status: t.field({
    type: CertificateStatusEnum,
    description: 'Status today (Asia/Shanghai).',
    // A title has one stored state (state: TitleState) and one status derived from the date
    // (titleStatus: TitleStatus); this older field repeats the latter with fewer values.
    deprecationReason: 'Use titleStatus (TitleStatus: the same status, telling EXPIRING_THIS_YEAR from VALID).',
    select: { validFrom: true, validUntil: true, revocation: revocationSelect },
    resolve: (a) => certificateStatusOn(a, todayInShanghai()),
  }),
  revokedOn: t.field({
    type: 'Date',
    nullable: true,
    select: { revocation: revocationSelect },
    resolve: (a) => revokedOn(a),
  }),
  revocationPending: t.boolean({
    description:
      'Arts. 11 and 13: a revocation is open and not yet in effect today (Asia/Shanghai) — 撤销办理中. Public, as on the register.',
    select: { revocation: revocationSelect },
    resolve: (a) => revocationPendingOn(a, todayInShanghai()),
  }),
}));

// Art. 4 function names and province names people type into the register's search.
const regionArg = z.string().trim().max(40);

builder.queryFields((t) => ({
  certificate: t.field({
    type: CertificateCheckRef,
    nullable: true,
    description:
      'Art. 9: verifies a certificate number (public), including the numbers of imported titles awarded before this system. Null when no certificate has that number.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { number: t.arg.string({ required: true, validate: z.string().max(60) }) },
    resolve: async (_root, args) => {
      const normalised = args.number.trim().toUpperCase();
      // A number of this system that fails its check character was mistyped or invented; any other
      // number can only be one printed on a certificate awarded before the system (imported, Art. 11).
      const ours = parseCertificateNumber(normalised).ok;
      const a = await prisma().accreditation.findFirst({
        where: ours
          ? { certificateNumber: normalised }
          : { certificateNumber: { in: [...new Set([args.number.trim(), normalised])] }, imported: true },
        select: {
          certificateNumber: true,
          functions: true,
          awardedOn: true,
          validFrom: true,
          validUntil: true,
          organisation: { select: { name: true } },
          revocation: revocationSelect,
        },
      });
      if (!a) return null;
      const today = todayInShanghai();
      return {
        number: a.certificateNumber,
        status: certificateStatusOn(a, today),
        organisationName: a.organisation.name,
        functions: a.functions,
        awardedOn: a.awardedOn,
        validFrom: a.validFrom,
        validUntil: a.validUntil,
        revokedOn: revokedOn(a),
        revocationPending: revocationPendingOn(a, today),
      };
    },
  }),

  register: t.prismaConnection(
    {
      type: 'Accreditation',
      cursor: 'id',
      description:
        'Art. 9: the public register — titles valid today (Asia/Shanghai), by organisation name, function and region (a GB/T 2260 code or a province or city name). Public.',
      skipTypeScopes: true,
      authScopes: { public: true },
      args: {
        function: t.arg({ type: ServiceFunctionEnum }),
        region: t.arg.string({ validate: regionArg }),
        name: t.arg.string({ description: 'Part of the organisation name.', validate: z.string().trim().max(100) }),
      },
      // Keyed by the arguments and the day, not by the filter: a function's filter lists ids.
      totalCount: (_parent, args, ctx) => {
        const filter = registerFilterOfRequest(ctx, args);
        return countOnce(`register ${filter.today} ${filter.key}`, async () =>
          prisma().accreditation.count({ where: await filter.where() }),
        );
      },
      resolve: async (query, _root, args, ctx) =>
        prisma().accreditation.findMany({
          ...query,
          where: await registerFilterOfRequest(ctx, args).where(),
          orderBy: [{ awardedOn: 'desc' }, { id: 'asc' }],
        }),
    },
    { name: 'AccreditationConnection' },
    { name: 'AccreditationEdge' },
  ),

  myAccreditations: t.prismaField({
    type: ['Accreditation'],
    description: "The signed-in member organisation's titles, newest first.",
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      prisma().accreditation.findMany({
        ...query,
        where: { organisationId: ctx.viewer?.organisationId ?? '' },
        orderBy: [{ awardedOn: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

builder.prismaObjectField('Application', 'accreditation', (t) =>
  t.relation('accreditation', {
    nullable: true,
    description: 'The title awarded from this application (Art. 9), once awarded.',
  }),
);

type RegisterArgs = { function?: ServiceFunction | null; region?: string | null; name?: string | null };

/**
 * The register's filter for one request's arguments, shared by its page and its total: with a
 * function, building the filter is itself a query (the ids of the titles holding it), which each
 * would otherwise run; and both then count "valid today" for the same day, even across midnight.
 * The filter is built on first use, so a total served by the count cache builds none.
 */
function registerFilterOfRequest(
  ctx: object,
  args: RegisterArgs,
): { today: string; key: string; where: () => Promise<Prisma.AccreditationWhereInput> } {
  const key = JSON.stringify([args.function ?? null, args.region ?? null, args.name ?? null]);
  const today = oncePer(ctx, 'register today', todayInShanghai);
  return { today, key, where: () => oncePer(ctx, `register filter ${key}`, () => registerFilter(args, today)) };
}

/** Valid today: within its validity and not revoked as of today (Arts. 11, 13). */
export async function registerFilter(
  args: RegisterArgs,
  today = todayInShanghai(),
): Promise<Prisma.AccreditationWhereInput> {
  const day = new Date(`${today}T00:00:00Z`);
  const where: Prisma.AccreditationWhereInput = {
    validFrom: { lte: day },
    validUntil: { gte: day },
    NOT: { revocation: { is: { status: 'COMPLETED', effectiveOn: { lte: day } } } },
  };
  const organisation: Prisma.OrganisationWhereInput = {};
  // Prisma's has/hasEvery on an enum array reach PGlite's adapter malformed ("malformed array
  // literal"), so the titles with the function are found in SQL, among those valid today.
  if (args.function) {
    const rows = await prisma().$queryRaw<{ id: string }[]>`
      SELECT id FROM "Accreditation"
      WHERE ${args.function} = ANY("functions"::text[]) AND "validFrom" <= ${day}::date AND "validUntil" >= ${day}::date`;
    where.id = { in: rows.map((r) => r.id) };
  }
  if (args.name?.trim()) organisation.name = { contains: args.name.trim(), mode: 'insensitive' };
  if (args.region?.trim()) {
    const codes = regionCodes(args.region.trim());
    organisation.OR = [{ provinceCode: { in: codes } }, { cityCode: { in: codes } }];
  }
  if (Object.keys(organisation).length > 0) where.organisation = organisation;
  return where;
}
