// The staff list of titles (console 示范平台称号), filtered and paged in the database: the status
// on a date (Arts. 11, 13, the same rule as Accreditation.titleStatusOn), function, region, the
// year of expiry and a search by organisation name or certificate number.
import type { TitleStatus } from '@sme/domain';
import type { Prisma } from '@sme/db';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { countOnce } from '../../count-cache.js';
import { prisma } from '../../db.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { formatIsoDate } from '../common/scalars.js';
import { TitleStatusEnum } from './title-status.object.js';
import { regionCodes } from '../certificate/region-codes.js';

export type TitleListArgs = {
  status?: TitleStatus | null;
  on?: string | null;
  function?: string | null;
  region?: string | null;
  name?: string | null;
  expiringYear?: number | null;
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The titles a completed revocation has ended by `on` (within their validity): few, so listed. */
async function revokedBy(on: Date): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Accreditation" a JOIN "Revocation" r ON r."accreditationId" = a.id
    WHERE r.status = 'COMPLETED' AND r."effectiveOn" <= ${on}::date AND r."effectiveOn" <= a."validUntil"`;
  return rows.map((r) => r.id);
}

function statusWhere(status: TitleStatus, on: string, revoked: string[]): Prisma.AccreditationWhereInput {
  if (status === 'REVOKED') return { id: { in: revoked } };
  const date = day(on);
  const yearEnd = day(`${on.slice(0, 4)}-12-31`);
  const held = { id: { notIn: revoked } };
  switch (status) {
    case 'NOT_YET_VALID':
      return { ...held, validFrom: { gt: date } };
    case 'EXPIRED':
      return { ...held, validUntil: { lt: date } };
    case 'EXPIRING_THIS_YEAR':
      return { ...held, validFrom: { lte: date }, validUntil: { gte: date, lte: yearEnd } };
    case 'VALID':
      return { ...held, validFrom: { lte: date }, validUntil: { gt: yearEnd } };
  }
}

export async function titleListFilter(
  args: TitleListArgs,
  today = todayInShanghai(),
): Promise<Prisma.AccreditationWhereInput> {
  const and: Prisma.AccreditationWhereInput[] = [];
  if (args.status) {
    const on = args.on ?? today;
    and.push(statusWhere(args.status, on, await revokedBy(day(on))));
  }
  if (args.function) {
    // Prisma's `has` on an enum array reaches PGlite's adapter malformed (see registerFilter);
    // containment in SQL uses the GIN index on "functions".
    const rows = await prisma().$queryRaw<{ id: string }[]>`
      SELECT id FROM "Accreditation" WHERE "functions" @> ARRAY[${args.function}::"ServiceFunction"]`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  if (args.region?.trim()) {
    const codes = regionCodes(args.region.trim());
    and.push({ organisation: { OR: [{ provinceCode: { in: codes } }, { cityCode: { in: codes } }] } });
  }
  if (args.expiringYear) {
    and.push({ validUntil: { gte: day(`${args.expiringYear}-01-01`), lte: day(`${args.expiringYear}-12-31`) } });
  }
  const name = args.name?.trim();
  if (name) {
    and.push({
      OR: [
        { organisation: { name: { contains: name, mode: 'insensitive' } } },
        { certificateNumber: { contains: name.toUpperCase() } },
      ],
    });
  }
  return and.length > 0 ? { AND: and } : {};
}

builder.queryFields((t) => ({
  titles: t.prismaConnection(
    {
      type: 'Accreditation',
      cursor: 'id',
      description:
        'Staff: every title, most recently awarded first, filtered in the database — status on a date (default today, Asia/Shanghai), function, region (a GB/T 2260 code or a province or city name), year of expiry, and part of the organisation name or certificate number.',
      authScopes: { admin: true, reviewer: true, analyst: true },
      args: {
        status: t.arg({ type: TitleStatusEnum, description: 'The status on `on` (Accreditation.titleStatusOn).' }),
        on: t.arg({ type: 'Date', description: 'The day the status is taken on; today when absent.' }),
        function: t.arg({ type: ServiceFunctionEnum }),
        region: t.arg.string({ validate: z.string().trim().max(40) }),
        name: t.arg.string({
          description: 'Part of the organisation name or of the certificate number.',
          validate: z.string().trim().max(100),
        }),
        expiringYear: t.arg.int({
          description: 'Titles whose validity ends in this calendar year.',
          validate: z.number().int().min(1990).max(2200),
        }),
      },
      // Keyed by the arguments and the day, not by the filter: a function's filter lists ids.
      totalCount: (_parent, args) => {
        const today = todayInShanghai();
        const titleArgs = toArgs(args);
        return countOnce(`titles ${today} ${JSON.stringify(titleArgs)}`, async () =>
          prisma().accreditation.count({ where: await titleListFilter(titleArgs, today) }),
        );
      },
      resolve: async (query, _root, args) =>
        prisma().accreditation.findMany({
          ...query,
          where: await titleListFilter(toArgs(args)),
          orderBy: [{ awardedOn: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'TitleConnection' },
    { name: 'TitleEdge' },
  ),
}));

function toArgs(args: {
  status?: TitleStatus | null;
  on?: Date | string | null;
  function?: string | null;
  region?: string | null;
  name?: string | null;
  expiringYear?: number | null;
}): TitleListArgs {
  return { ...args, on: args.on ? formatIsoDate(args.on) : null };
}
