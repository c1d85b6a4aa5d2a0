import type { DaySource } from '@sme/client';

// Mirrors enum DaySource in apps/api/schema.graphql; src/schema-contract.test.ts fails when the
// schema gains a source this list (and so the legend, labels and colours) does not cover.
export const DAY_SOURCES = [
  'PUBLIC_HOLIDAY',
  'MAKEUP_WORKING_DAY',
  'WEEKEND',
  'WEEKDAY',
  'OVERRIDE',
] as const satisfies readonly DaySource[];

export type DayStyle = {
  /** antd Tag colour for the legend and lists. */
  tag: string;
  background: string;
  border: string;
  text: string;
};

/** Red for days off by statute, orange for weekends worked by statute, grey weekends, plain
 * weekdays, and purple for anything an administrator changed, so corrections stand out. */
export const DAY_SOURCE_STYLES: Record<DaySource, DayStyle> = {
  PUBLIC_HOLIDAY: { tag: 'red', background: '#fff1f0', border: '#ffa39e', text: '#a8071a' },
  MAKEUP_WORKING_DAY: { tag: 'orange', background: '#fff7e6', border: '#ffd591', text: '#ad4e00' },
  WEEKEND: { tag: 'default', background: '#f5f5f5', border: '#f0f0f0', text: '#595959' },
  WEEKDAY: { tag: 'blue', background: '#ffffff', border: '#f0f0f0', text: '#262626' },
  OVERRIDE: { tag: 'purple', background: '#f9f0ff', border: '#b37feb', text: '#531dab' },
};

export function isDaySource(value: string): value is DaySource {
  return (DAY_SOURCES as readonly string[]).includes(value);
}

/** The i18n key of a day's one-character mark: statute and overrides say whether the day is
 * worked; ordinary weekdays and weekends need no mark. */
export function dayMarkKey(day: {
  source: DaySource;
  isWorkingDay: boolean;
}): 'calendar.mark.work' | 'calendar.mark.rest' | null {
  switch (day.source) {
    case 'PUBLIC_HOLIDAY':
    case 'MAKEUP_WORKING_DAY':
    case 'OVERRIDE':
      return day.isWorkingDay ? 'calendar.mark.work' : 'calendar.mark.rest';
    case 'WEEKDAY':
    case 'WEEKEND':
      return null;
    default:
      day.source satisfies never;
      return null;
  }
}

/** Built-in holiday notes read "春节 / Spring Festival"; each language shows its own half.
 * Notes typed by administrators are shown as written. */
export function localisedNote(note: string | null | undefined, language: 'zh-CN' | 'en'): string | null {
  if (!note) return null;
  const parts = note.split(' / ');
  if (parts.length !== 2) return note;
  const [zh, en] = parts as [string, string];
  return language === 'en' ? en : zh;
}

/** Ordinary weekdays are working days by definition, so "工作日，工作日" is said once. */
export function repeatsKind(source: DaySource): boolean {
  return source === 'WEEKDAY';
}
