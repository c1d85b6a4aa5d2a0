import { addDays, compareIsoDates, eachDay, yearOf, type IsoDate } from '../shared/iso-date';
import { formatDateZh } from '../shared/format';
import { err, ok, type DomainFailure, type Result } from '../shared/message';
import type { WorkingDayCalendar } from './working-day-calendar';

/** Art. 8: results are published as a public notice (公示) for 5 working days. */
export const PUBLIC_NOTICE_WORKING_DAYS = 5;

/** Far beyond any real run of non-working days; only a calendar overridden into nonsense hits it. */
const SEARCH_LIMIT_DAYS = 366;

export type NoticePeriod = {
  publishedOn: IsoDate;
  startsOn: IsoDate;
  endsOn: IsoDate;
  workingDays: IsoDate[];
};

/**
 * The notice runs on working days only: it starts on the publication date if that is a working
 * day, else on the next working day, and ends at the close of its `days`-th working day.
 */
export function noticePeriod(
  publishedOn: IsoDate,
  calendar: WorkingDayCalendar,
  days: number = PUBLIC_NOTICE_WORKING_DAYS,
): NoticePeriod {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`A notice period needs a positive whole number of working days, got ${days}`);
  const workingDays: IsoDate[] = [];
  let date = publishedOn;
  let idle = 0;
  while (workingDays.length < days) {
    if (calendar.isWorkingDay(date)) {
      workingDays.push(date);
      idle = 0;
    } else if (++idle > SEARCH_LIMIT_DAYS) {
      throw new RangeError(
        `No working day within ${SEARCH_LIMIT_DAYS} days after ${date}; check the calendar overrides`,
      );
    }
    date = addDays(date, 1);
  }
  return {
    publishedOn,
    startsOn: workingDays[0] as IsoDate,
    endsOn: workingDays[workingDays.length - 1] as IsoDate,
    workingDays,
  };
}

/** The award (Art. 9) may follow only once the notice has run to the end of its last working day. */
export function isNoticePeriodOver(period: NoticePeriod, today: IsoDate): boolean {
  return compareIsoDates(today, period.endsOn) > 0;
}

export type ObjectionWindowClosedError = DomainFailure<'OBJECTION_WINDOW_CLOSED'> & {
  publishedOn: IsoDate;
  endsOn: IsoDate;
};

/**
 * Objections (异议) are accepted from the publication date — even if it is a holiday, since the
 * notice is already public — through the last working day of the period.
 */
export function checkObjectionWindow(period: NoticePeriod, today: IsoDate): Result<true, ObjectionWindowClosedError> {
  if (compareIsoDates(period.publishedOn, today) <= 0 && compareIsoDates(today, period.endsOn) <= 0) return ok(true);
  return err({
    code: 'OBJECTION_WINDOW_CLOSED',
    article: 'Art. 8',
    publishedOn: period.publishedOn,
    endsOn: period.endsOn,
    message: {
      zhCN: `第八条：异议须在公示期内（${formatDateZh(period.publishedOn)}至${formatDateZh(period.endsOn)}）提出。`,
      en: `Art. 8: objections are accepted only during the public notice (${period.publishedOn} to ${period.endsOn}).`,
    },
  });
}

export type CalendarUnconfirmedError = DomainFailure<'CALENDAR_UNCONFIRMED'> & { years: number[] };

/**
 * The years, from the publication date to the period's end, whose official schedule the calendar
 * does not know: there the five working days would be counted on a Monday–Friday guess.
 */
export function unconfirmedYearsOf(period: NoticePeriod, calendar: WorkingDayCalendar): number[] {
  const years = new Set<number>();
  for (const day of eachDay(period.publishedOn, period.endsOn)) if (!calendar.isConfirmed(day)) years.add(yearOf(day));
  return [...years].sort((a, b) => a - b);
}

/** Art. 8: a notice period is counted only on days whose official schedule is known. */
export function checkNoticeCalendarConfirmed(
  period: NoticePeriod,
  calendar: WorkingDayCalendar,
): Result<true, CalendarUnconfirmedError> {
  const years = unconfirmedYearsOf(period, calendar);
  if (years.length === 0) return ok(true);
  const yearsZh = years.map((y) => `${y}年`).join('、');
  const yearsEn = years.join(', ');
  return err({
    code: 'CALENDAR_UNCONFIRMED',
    article: 'Art. 8',
    years,
    message: {
      zhCN: `第八条：公示期（${formatDateZh(period.publishedOn)}至${formatDateZh(period.endsOn)}）涉及${yearsZh}，工作日历尚未确认${yearsZh}的国务院节假日安排，5个工作日无法准确计算。请先在工作日历中录入并确认${yearsZh}的节假日和调休上班日，再发布公示。`,
      en: `Art. 8: the notice period (${period.publishedOn} to ${period.endsOn}) reaches into ${yearsEn}, whose State Council holiday schedule the working-day calendar has not confirmed, so its five working days cannot be counted reliably. Enter and confirm the holidays and make-up working days of ${yearsEn} in the calendar first, then publish.`,
    },
  });
}

export type BackdateEvidenceRequiredError = DomainFailure<'BACKDATE_EVIDENCE_REQUIRED'> & {
  publishedOn: IsoDate;
  today: IsoDate;
};

/**
 * Art. 8 (software reading): the notice is publicly noticed on the association's website. A notice
 * dated before today was posted earlier, and part or all of its five working days have run; it is
 * recorded only with where it was published (the page's address), so the record shows the period
 * really ran in public.
 */
export function checkBackdatedNoticeEvidence(
  publishedOn: IsoDate,
  today: IsoDate,
  evidenceUrl: string | null | undefined,
): Result<true, BackdateEvidenceRequiredError> {
  if (compareIsoDates(publishedOn, today) >= 0 || (evidenceUrl ?? '').trim() !== '') return ok(true);
  return err({
    code: 'BACKDATE_EVIDENCE_REQUIRED',
    article: 'Art. 8',
    publishedOn,
    today,
    message: {
      zhCN: `第八条：公示日期为${formatDateZh(publishedOn)}，早于今天（${formatDateZh(today)}），该公示已在今天之前发布。请填写其在协会门户网站上的发布网址，作为公示已发布的依据。`,
      en: `Art. 8: the notice is dated ${publishedOn}, before today (${today}), so it was posted earlier; give the address (URL) where it was published on the association's website, as the record that it ran in public.`,
    },
  });
}
