import type { DayDetail, NoticePeriod } from '@sme/domain';
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
      description: "The built-in holiday's name in the requested locale (else the caller's language), or the override's note; null for plain days.",
      args: { locale: t.arg({ type: LocaleEnum }) },
      resolve: (d, args, ctx) => (d.holidayName ? pick(d.holidayName, args.locale ?? ctx.locale) : d.note),
    }),
  }),
});

export const NoticePeriodRef = builder.objectRef<NoticePeriod>('NoticePeriod').implement({
  description: 'Art. 8: the five working days of a public notice.',
  fields: (t) => ({
    publishedOn: t.field({ type: 'Date', resolve: (p) => p.publishedOn }),
    startsOn: t.field({ type: 'Date', resolve: (p) => p.startsOn }),
    endsOn: t.field({ type: 'Date', resolve: (p) => p.endsOn }),
    workingDays: t.field({ type: ['Date'], resolve: (p) => p.workingDays }),
  }),
});
