import type { CalendarYearStatus, DayDetail, NoticePeriod } from '@sme/domain';
import { builder } from '../../builder.js';
import { LocaleEnum, pick } from '../common/locale.js';

export const WorkingDayOverrideRef = builder.prismaObject('WorkingDayOverride', {
  description: "An administrator's correction to the statutory calendar for one date; it wins over the built-in data.",
  authScopes: { staff: true },
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    isWorkingDay: t.exposeBoolean('isWorkingDay'),
    note: t.exposeString('note'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.relation('updatedBy', { nullable: true }),
  }),
});

export const DaySourceEnum = builder.enumType('DaySource', {
  description: 'Why a day is or is not a working day.',
  values: ['OVERRIDE', 'PUBLIC_HOLIDAY', 'MAKEUP_WORKING_DAY', 'WEEKDAY', 'WEEKEND'] as const,
});

export const CalendarDayRef = builder.objectRef<DayDetail>('CalendarDay').implement({
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    isWorkingDay: t.exposeBoolean('isWorkingDay'),
    source: t.field({ type: DaySourceEnum, resolve: (d) => d.source }),
    note: t.string({
      nullable: true,
      description:
        "The built-in holiday's name in the requested locale (else the caller's language), or the override's note; null for plain days.",
      args: { locale: t.arg({ type: LocaleEnum }) },
      resolve: (d, args, ctx) => (d.holidayName ? pick(d.holidayName, args.locale ?? ctx.locale) : d.note),
    }),
  }),
});

export const NoticePeriodRef = builder
  .objectRef<NoticePeriod & { unconfirmedYears?: number[] }>('NoticePeriod')
  .implement({
    description: 'Art. 8: the five working days of a public notice.',
    fields: (t) => ({
      unconfirmedYears: t.field({
        type: ['Int'],
        description:
          'Years from the publication date to the end whose official holiday schedule the calendar has not confirmed; there the days are a Monday–Friday guess and publishing is refused (CALENDAR_UNCONFIRMED).',
        resolve: (p) => p.unconfirmedYears ?? [],
      }),
      publishedOn: t.field({ type: 'Date', resolve: (p) => p.publishedOn }),
      startsOn: t.field({ type: 'Date', resolve: (p) => p.startsOn }),
      endsOn: t.field({ type: 'Date', resolve: (p) => p.endsOn }),
      workingDays: t.field({ type: ['Date'], resolve: (p) => p.workingDays }),
    }),
  });

export const CalendarYearSourceEnum = builder.enumType('CalendarYearSource', {
  description:
    "Where a year's official holiday schedule comes from: the built-in data, an administrator's confirmation after entering it, or nowhere yet (UNCONFIRMED: Monday–Friday is a guess).",
  values: ['BUILT_IN', 'CONFIRMED', 'UNCONFIRMED'] as const,
});

export type CalendarYearShape = {
  year: number;
  source: CalendarYearStatus;
  overrides: number;
  confirmation: { note: string; confirmedAt: Date; confirmedBy: { displayName: string } | null } | null;
};

export const CalendarYearRef = builder.objectRef<CalendarYearShape>('CalendarYear').implement({
  description:
    "Art. 8: whether the calendar knows a year's official holiday schedule; notice periods are counted only on known years.",
  fields: (t) => ({
    year: t.exposeInt('year'),
    confirmed: t.boolean({
      description: 'Built in or confirmed by an administrator.',
      resolve: (y) => y.source !== 'UNCONFIRMED',
    }),
    source: t.field({ type: CalendarYearSourceEnum, resolve: (y) => y.source }),
    overrideCount: t.int({
      description: "Administrators' corrections entered in the year.",
      resolve: (y) => y.overrides,
    }),
    confirmedAt: t.field({ type: 'DateTime', nullable: true, resolve: (y) => y.confirmation?.confirmedAt ?? null }),
    confirmedByName: t.string({ nullable: true, resolve: (y) => y.confirmation?.confirmedBy?.displayName ?? null }),
    confirmationNote: t.string({ nullable: true, resolve: (y) => y.confirmation?.note || null }),
  }),
});
