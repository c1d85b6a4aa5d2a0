import { prisma, type Tx } from '../../db.js';
import type { CalendarYearShape } from './calendar.object.js';
import { loadWorkingDayCalendar } from './load-calendar.js';

/** Each year's standing: built in, confirmed (by whom, when) or unconfirmed, with its overrides counted. */
export async function calendarYearsOf(
  years: readonly number[],
  client: Tx | ReturnType<typeof prisma> = prisma(),
): Promise<CalendarYearShape[]> {
  if (years.length === 0) return [];
  const calendar = await loadWorkingDayCalendar(client);
  const confirmations = await client.calendarYearConfirmation.findMany({
    where: { year: { in: [...years] } },
    select: { year: true, note: true, confirmedAt: true, confirmedBy: { select: { displayName: true } } },
  });
  const from = Math.min(...years);
  const to = Math.max(...years);
  const overrides = await client.workingDayOverride.findMany({
    where: { date: { gte: new Date(Date.UTC(from, 0, 1)), lt: new Date(Date.UTC(to + 1, 0, 1)) } },
    select: { date: true },
  });
  return years.map((year) => ({
    year,
    source: calendar.yearStatus(year),
    overrides: overrides.filter((o) => o.date.getUTCFullYear() === year).length,
    confirmation: confirmations.find((c) => c.year === year) ?? null,
  }));
}
