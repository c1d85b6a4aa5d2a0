import { calendarYearsToConfirm, eachDay, noticePeriod, unconfirmedYearsOf } from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { bilingual } from '../../graphql/error-classes.js';
import { todayInShanghai } from '../../clock.js';
import { CalendarDayRef, CalendarYearRef, NoticePeriodRef, WorkingDayOverrideRef } from './calendar.object.js';
import { calendarYearsOf } from './calendar-years.js';
import { loadWorkingDayCalendar } from './load-calendar.js';

const YEAR_RANGE = bilingual({ zhCN: '年份应在2000至2100之间', en: 'the year must be from 2000 to 2100' });
const year = z.number().int().min(2000, YEAR_RANGE).max(2100, YEAR_RANGE);

builder.queryFields((t) => ({
  noticePeriod: t.field({
    type: NoticePeriodRef,
    description:
      'Art. 8: the public-notice period for a publication date, on the statutory calendar plus overrides. Public.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { publishedOn: t.arg({ type: 'Date', required: true }) },
    resolve: async (_root, args) => {
      const calendar = await loadWorkingDayCalendar();
      const period = noticePeriod(args.publishedOn, calendar);
      return { ...period, unconfirmedYears: unconfirmedYearsOf(period, calendar) };
    },
  }),

  workingDayOverrides: t.prismaField({
    type: [WorkingDayOverrideRef],
    description: "Administrators' calendar corrections in a year.",
    authScopes: { staff: true },
    args: { year: t.arg.int({ required: true, validate: year }) },
    resolve: (query, _root, args) =>
      prisma().workingDayOverride.findMany({
        ...query,
        where: { date: { gte: new Date(Date.UTC(args.year, 0, 1)), lt: new Date(Date.UTC(args.year + 1, 0, 1)) } },
        orderBy: { date: 'asc' },
      }),
  }),

  calendarYears: t.field({
    type: [CalendarYearRef],
    description:
      'Art. 8: each year from `from` to `to` (default: the first year of the built-in data to next year) with whether its official holiday schedule is known; empty when `from` is after `to`.',
    authScopes: { staff: true },
    args: { from: t.arg.int({ validate: year }), to: t.arg.int({ validate: year }) },
    resolve: async (_root, args) => {
      const calendar = await loadWorkingDayCalendar();
      const from = args.from ?? calendar.builtInYears[0] ?? Number(todayInShanghai().slice(0, 4));
      const to = args.to ?? Number(todayInShanghai().slice(0, 4)) + 1;
      return calendarYearsOf(Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i));
    },
  }),

  calendarYearsToConfirm: t.field({
    type: [CalendarYearRef],
    description:
      'Art. 8: the years whose official holiday schedule should be entered and confirmed now and is not: this year, and from 1 November next year. Empty when nothing is due.',
    authScopes: { staff: true },
    resolve: async () => calendarYearsOf(calendarYearsToConfirm(todayInShanghai(), await loadWorkingDayCalendar())),
  }),

  workingDayCalendar: t.field({
    type: [CalendarDayRef],
    description: 'Every day of a year with whether it is a working day and why (built-in data or an override).',
    authScopes: { staff: true },
    args: { year: t.arg.int({ required: true, validate: year }) },
    resolve: async (_root, args) => {
      const calendar = await loadWorkingDayCalendar();
      return eachDay(`${args.year}-01-01`, `${args.year}-12-31`).map((d) => calendar.dayDetail(d));
    },
  }),
}));
