import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { CalendarYearRef } from './calendar.object.js';
import { calendarYearsOf } from './calendar-years.js';
import { loadWorkingDayCalendar } from './load-calendar.js';
import { bilingual } from '../../graphql/error-classes.js';

const YEAR_RANGE = bilingual({ zhCN: '年份应在2000至2100之间', en: 'the year must be from 2000 to 2100' });

const ConfirmCalendarYearInput = builder.inputType('ConfirmCalendarYearInput', {
  fields: (t) => ({
    year: t.int({ required: true, validate: z.number().int().min(2000, YEAR_RANGE).max(2100, YEAR_RANGE) }),
    note: t.string({
      description:
        'The source of the schedule, e.g. the State Council notice (国务院办公厅关于…年部分节假日安排的通知).',
      validate: z.string().trim().max(200),
    }),
  }),
});

builder.mutationField('confirmCalendarYear', (t) =>
  t.field({
    type: CalendarYearRef,
    description:
      "Art. 8: confirms that a year's official holiday schedule (the State Council's) is entered as overrides, so notice periods may be counted on it. Years the built-in data covers need none.",
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError],
      union: { name: 'ConfirmCalendarYearResult' },
      result: { name: 'ConfirmCalendarYearSuccess' },
    },
    args: { input: t.arg({ type: ConfirmCalendarYearInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const { year } = input;
        const calendar = await loadWorkingDayCalendar(tx);
        if (calendar.yearStatus(year) === 'BUILT_IN') {
          throw new RuleViolationError('software', 'CALENDAR_YEAR_BUILT_IN', {
            zhCN: `系统规则：${year}年的国务院节假日安排已内置于工作日历，无需确认。`,
            en: `A rule of this system: the State Council's holiday schedule for ${year} is built into the calendar; it needs no confirmation.`,
          });
        }
        const entered = await tx.workingDayOverride.count({
          where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
        });
        if (entered === 0) {
          throw new RuleViolationError('software', 'CALENDAR_YEAR_NOT_ENTERED', {
            zhCN: `系统规则：${year}年还没有录入任何节假日或调休上班日。请先按国务院办公厅的节假日安排通知录入，再确认。`,
            en: `A rule of this system: no holiday or make-up working day of ${year} has been entered yet. Enter the State Council's schedule first, then confirm it.`,
          });
        }
        const note = input.note?.trim() ?? '';
        const before = await tx.calendarYearConfirmation.findUnique({ where: { year } });
        await tx.calendarYearConfirmation.upsert({
          where: { year },
          create: { year, note, confirmedById: ctx.viewer?.userId ?? null },
          update: { note, confirmedById: ctx.viewer?.userId ?? null, confirmedAt: new Date() },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'calendar.confirmYear',
          entityType: 'CalendarYearConfirmation',
          entityId: String(year),
          data: {
            year,
            note,
            overrides: entered,
            before: before && { note: before.note, confirmedAt: before.confirmedAt.toISOString() },
          },
        });
        const [shape] = await calendarYearsOf([year], tx);
        return shape!;
      }),
  }),
);
