import type { IsoDate } from '../shared/iso-date';
import { isPublicWelfareService } from '../service-record/service-record';

/** The figures of a title's annual service report (Art. 12), all from its records and attendance. */
export type AnnualReportFigures = {
  /** Services recorded in the year. */
  servicesRecorded: number;
  /** Enterprises served, summed over the year's services (an enterprise served twice counts twice). */
  enterprisesServed: number;
  /** Public-welfare services (free ones) in the year. */
  publicWelfareServices: number;
  /** publicWelfareServices / servicesRecorded, 0–1 (0 when nothing was recorded). */
  publicWelfareShare: number;
  /** Association activities held in the year that the platform attended. */
  activitiesAttended: number;
};

/**
 * The report's figures for `year`: the records dated in that calendar year and the activities
 * held in it that the title attended. Records or activities of other years are ignored, so the
 * caller may pass a title's whole history.
 */
export function annualReportFigures(
  year: number,
  records: readonly { date: IsoDate; enterprisesServed: number; free: boolean }[],
  attendedActivities: readonly { heldOn: IsoDate }[],
): AnnualReportFigures {
  const inYear = (date: IsoDate) => Number(date.slice(0, 4)) === year;
  const mine = records.filter((r) => inYear(r.date));
  const publicWelfareServices = mine.filter(isPublicWelfareService).length;
  return {
    servicesRecorded: mine.length,
    enterprisesServed: mine.reduce((sum, r) => sum + r.enterprisesServed, 0),
    publicWelfareServices,
    publicWelfareShare: mine.length === 0 ? 0 : publicWelfareServices / mine.length,
    activitiesAttended: attendedActivities.filter((a) => inYear(a.heldOn)).length,
  };
}
