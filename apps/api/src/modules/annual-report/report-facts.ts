import {
  annualReportFigures,
  reportDueOn,
  reportYearsOwed,
  isReportOverdue,
  type AnnualReportFigures,
} from '@sme/domain';
import type { Prisma } from '@sme/db';
import type { Tx } from '../../db.js';
import { formatIsoDate } from '../common/scalars.js';
import { annualReportSchedule } from './annual-report-settings.js';

const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00Z`);
const yearEnd = (year: number) => new Date(`${year}-12-31T00:00:00Z`);

/** A title's figures for a year, from its records and attendance as they stand (Art. 12). */
export async function figuresOf(tx: Tx, accreditationId: string, year: number): Promise<AnnualReportFigures> {
  const [records, attended] = await Promise.all([
    tx.serviceRecord.findMany({
      where: { accreditationId, year },
      select: { date: true, enterprisesServed: true, free: true },
    }),
    tx.activityAttendance.findMany({
      where: { accreditationId, activity: { heldOn: { gte: yearStart(year), lte: yearEnd(year) } } },
      select: { activity: { select: { heldOn: true } } },
    }),
  ]);
  return annualReportFigures(
    year,
    records.map((r) => ({ ...r, date: formatIsoDate(r.date) })),
    attended.map((a) => ({ heldOn: formatIsoDate(a.activity.heldOn) })),
  );
}

export type ReportObligation = {
  accreditationId: string;
  organisationId: string;
  organisationName: string;
  certificateNumber: string;
  year: number;
  opensOn: string;
  dueOn: string;
  overdue: boolean;
  report: { id: string; status: string } | null;
};

/**
 * The reports the titles owe up to today (each year the title was held on the day the year's report
 * opened), with the report written so far if any. `where` narrows the titles considered.
 */
export async function reportObligations(
  tx: Tx,
  today: string,
  where: Prisma.AccreditationWhereInput = {},
): Promise<ReportObligation[]> {
  const schedule = annualReportSchedule();
  const titles = await tx.accreditation.findMany({
    where,
    select: {
      id: true,
      organisationId: true,
      certificateNumber: true,
      validFrom: true,
      validUntil: true,
      organisation: { select: { name: true } },
      revocation: { select: { status: true, effectiveOn: true } },
      annualReports: { select: { id: true, year: true, status: true } },
    },
    orderBy: [{ certificateNumber: 'asc' }],
  });
  const out: ReportObligation[] = [];
  for (const t of titles) {
    const revokedOn =
      t.revocation?.status === 'COMPLETED' && t.revocation.effectiveOn ? formatIsoDate(t.revocation.effectiveOn) : null;
    const years = reportYearsOwed(
      { validFrom: formatIsoDate(t.validFrom), validUntil: formatIsoDate(t.validUntil), revokedOn },
      today,
      schedule,
    );
    for (const year of years) {
      const report = t.annualReports.find((r) => r.year === year) ?? null;
      out.push({
        accreditationId: t.id,
        organisationId: t.organisationId,
        organisationName: t.organisation.name,
        certificateNumber: t.certificateNumber,
        year,
        opensOn: `${year}-${schedule.opensOn}`,
        dueOn: reportDueOn(year, schedule),
        overdue: isReportOverdue(year, report?.status, today, schedule),
        report: report ? { id: report.id, status: report.status } : null,
      });
    }
  }
  return out;
}

/**
 * The titles among `population` whose annual service report was overdue on `today`: a spot
 * check campaign may add them to its random sample (a rule of the software, off by default).
 */
export async function titlesWithOverdueReports(
  tx: Tx,
  today: string,
  population: readonly string[],
): Promise<string[]> {
  const obligations = await reportObligations(tx, today, { id: { in: [...population] } });
  return [...new Set(obligations.filter((o) => o.overdue).map((o) => o.accreditationId))].sort();
}
