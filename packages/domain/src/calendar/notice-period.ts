import { addDays, compareIsoDates, type IsoDate } from '../shared/iso-date';
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
export function noticePeriod(publishedOn: IsoDate, calendar: WorkingDayCalendar, days: number = PUBLIC_NOTICE_WORKING_DAYS): NoticePeriod {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`A notice period needs a positive whole number of working days, got ${days}`);
  const workingDays: IsoDate[] = [];
  let date = publishedOn;
  let idle = 0;
  while (workingDays.length < days) {
    if (calendar.isWorkingDay(date)) {
      workingDays.push(date);
      idle = 0;
    } else if (++idle > SEARCH_LIMIT_DAYS) {
      throw new RangeError(`No working day within ${SEARCH_LIMIT_DAYS} days after ${date}; check the calendar overrides`);
    }
    date = addDays(date, 1);
  }
  return { publishedOn, startsOn: workingDays[0] as IsoDate, endsOn: workingDays[workingDays.length - 1] as IsoDate, workingDays };
}

/** The award (Art. 9) may follow only once the notice has run to the end of its last working day. */
export function isNoticePeriodOver(period: NoticePeriod, today: IsoDate): boolean {
  return compareIsoDates(today, period.endsOn) > 0;
}

export type ObjectionWindowClosedError = DomainFailure<'OBJECTION_WINDOW_CLOSED'> & { publishedOn: IsoDate; endsOn: IsoDate };

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
