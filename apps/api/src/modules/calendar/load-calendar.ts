import { createWorkingDayCalendar, type WorkingDayCalendar } from '@sme/domain';
import { prisma, type Tx } from '../../db.js';
import { formatIsoDate } from '../common/scalars.js';

// The statutory calendar as the rules read it: built-in holidays and make-up working days,
// with administrators' overrides (stored in the database) winning, and the years whose schedule
// an administrator confirmed (Art. 8: no notice period is counted on a year nobody confirmed).
// The override table holds a few dozen rows a year, so reading all of it per call is cheaper
// than caching it across stateless processes.
export async function loadWorkingDayCalendar(
  client: Tx | ReturnType<typeof prisma> = prisma(),
): Promise<WorkingDayCalendar> {
  const rows = await client.workingDayOverride.findMany({ orderBy: { date: 'asc' } });
  const confirmed = await client.calendarYearConfirmation.findMany({ select: { year: true } });
  return createWorkingDayCalendar(
    rows.map((r) => ({ date: formatIsoDate(r.date), isWorkingDay: r.isWorkingDay, note: r.note })),
    { confirmedYears: confirmed.map((c) => c.year) },
  );
}
