import { SERVICE_FUNCTION_NAMES, SERVICE_FUNCTIONS, type IsoDate, type ServiceFunction } from '@sme/domain';
import { regionLabel } from '@sme/domain/region';
import { prisma } from '../../db.js';
import { registerFilter } from '../certificate/certificate.queries.js';
import { formatIsoDate } from '../common/scalars.js';
import { awardedFunctions } from '../notice/notice-facts.js';
import { published as publishedNoticeFilter } from '../notice/notice.queries.js';

// What the feeds and the embeddable pages publish, read with the same filters as the public
// GraphQL queries (publicNotices, register), so the website never shows more or less than them.

export type PublishedNotice = {
  id: string;
  title: string;
  body: string | null;
  publishedOn: IsoDate;
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** When the notice was recorded, and when its entries were decided (the entry's last change). */
  recordedAt: Date;
  closedAt: Date | null;
  entries: { organisationName: string; region: string | null; functions: ServiceFunction[]; isRenewal: boolean }[];
};

/** Art. 8: the published notices, newest first (publicNotices' filter and order). */
export async function publishedNotices(limit: number): Promise<PublishedNotice[]> {
  const rows = await prisma().publicNotice.findMany({
    where: publishedNoticeFilter,
    orderBy: [{ publishedOn: 'desc' }, { createdAt: 'desc' }],
    take: limit,
    select: {
      id: true,
      title: true,
      body: true,
      publishedOn: true,
      startsOn: true,
      endsOn: true,
      createdAt: true,
      closedAt: true,
      entries: {
        orderBy: { id: 'asc' },
        select: {
          application: {
            select: {
              isRenewal: true,
              eligibilitySnapshot: true,
              functions: { select: { function: true } },
              organisation: { select: { name: true, provinceCode: true, cityCode: true } },
            },
          },
        },
      },
    },
  });
  return rows.map((n) => ({
    id: n.id,
    title: n.title,
    body: n.body,
    publishedOn: formatIsoDate(n.publishedOn),
    startsOn: formatIsoDate(n.startsOn),
    endsOn: formatIsoDate(n.endsOn),
    recordedAt: n.createdAt,
    closedAt: n.closedAt,
    entries: n.entries.map(({ application: a }) => ({
      organisationName: a.organisation.name,
      region: regionLabel(a.organisation.provinceCode, a.organisation.cityCode),
      functions: awardedFunctions(
        a.functions.map((f) => f.function as ServiceFunction),
        a.eligibilitySnapshot,
      ),
      isRenewal: a.isRenewal,
    })),
  }));
}

export type RegisterEntry = {
  id: string;
  certificateNumber: string;
  organisationName: string;
  region: string | null;
  functions: ServiceFunction[];
  awardedOn: IsoDate;
  validFrom: IsoDate;
  validUntil: IsoDate;
  /** A revocation is open (e.g. after a failed spot check, Art. 13): shown as 撤销办理中. */
  revocationPendingSince: Date | null;
  recordedAt: Date;
};

/** Art. 9: titles valid today (the register query's filter), newest awards first, at most `limit`. */
export async function registerEntries(
  today: IsoDate,
  limit: number,
): Promise<{ total: number; entries: RegisterEntry[] }> {
  const where = await registerFilter({}, today);
  const [total, rows] = await Promise.all([
    prisma().accreditation.count({ where }),
    prisma().accreditation.findMany({
      where,
      orderBy: [{ awardedOn: 'desc' }, { id: 'asc' }],
      take: limit,
      select: {
        id: true,
        certificateNumber: true,
        functions: true,
        awardedOn: true,
        validFrom: true,
        validUntil: true,
        createdAt: true,
        organisation: { select: { name: true, provinceCode: true, cityCode: true } },
        revocation: { select: { status: true, openedAt: true } },
      },
    }),
  ]);
  return {
    total,
    entries: rows.map((a) => ({
      id: a.id,
      certificateNumber: a.certificateNumber,
      organisationName: a.organisation.name,
      region: regionLabel(a.organisation.provinceCode, a.organisation.cityCode),
      functions: a.functions as ServiceFunction[],
      awardedOn: formatIsoDate(a.awardedOn),
      validFrom: formatIsoDate(a.validFrom),
      validUntil: formatIsoDate(a.validUntil),
      revocationPendingSince: a.revocation?.status === 'OPEN' ? a.revocation.openedAt : null,
      recordedAt: a.createdAt,
    })),
  };
}

/** Art. 4 names, in Art. 4's order, joined as Chinese lists are. */
export function functionNamesZh(functions: readonly ServiceFunction[]): string {
  return SERVICE_FUNCTIONS.filter((f) => functions.includes(f))
    .map((f) => SERVICE_FUNCTION_NAMES[f].zhCN)
    .join('、');
}
