import { describe, expect, it } from 'vitest';
import { DAY_SOURCES, DAY_SOURCE_STYLES, dayMarkKey, isDaySource, localisedNote, repeatsKind } from './day-source';
import { en as calendarEn } from './i18n/en';
import { zhCN as calendarZhCN } from './i18n/zh-CN';

// the calendar's strings, under the namespace the console wires them into
const zhCN = { calendar: calendarZhCN };
const en = { calendar: calendarEn };

describe('day sources', () => {
  it('has a label in both languages and a distinct colour for every source', () => {
    for (const source of DAY_SOURCES) {
      expect(zhCN.calendar.source[source], source).toBeTruthy();
      expect(en.calendar.source[source], source).toBeTruthy();
    }
    const backgrounds = DAY_SOURCES.map((s) => DAY_SOURCE_STYLES[s].background);
    expect(new Set(backgrounds).size).toBe(DAY_SOURCES.length);
  });

  it('uses the statutory Chinese names', () => {
    expect(zhCN.calendar.source.PUBLIC_HOLIDAY).toBe('法定节假日');
    expect(zhCN.calendar.source.MAKEUP_WORKING_DAY).toBe('调休上班');
    expect(zhCN.calendar.source.OVERRIDE).toBe('人工调整');
  });

  it('recognises only the sources it knows', () => {
    expect(isDaySource('OVERRIDE')).toBe(true);
    expect(isDaySource('HOLIDAY')).toBe(false);
  });

  it('marks statutory and overridden days as worked or off, and leaves ordinary days plain', () => {
    expect(dayMarkKey({ source: 'PUBLIC_HOLIDAY', isWorkingDay: false })).toBe('calendar.mark.rest');
    expect(dayMarkKey({ source: 'MAKEUP_WORKING_DAY', isWorkingDay: true })).toBe('calendar.mark.work');
    expect(dayMarkKey({ source: 'OVERRIDE', isWorkingDay: true })).toBe('calendar.mark.work');
    expect(dayMarkKey({ source: 'OVERRIDE', isWorkingDay: false })).toBe('calendar.mark.rest');
    expect(dayMarkKey({ source: 'WEEKEND', isWorkingDay: false })).toBeNull();
    expect(dayMarkKey({ source: 'WEEKDAY', isWorkingDay: true })).toBeNull();
  });
});

describe('localisedNote', () => {
  it('shows the half of a built-in holiday name in the language of the page', () => {
    expect(localisedNote('春节 / Spring Festival', 'zh-CN')).toBe('春节');
    expect(localisedNote('春节 / Spring Festival', 'en')).toBe('Spring Festival');
  });

  it("keeps an administrator's note as written, and nothing as nothing", () => {
    expect(localisedNote('国务院办公厅通知', 'en')).toBe('国务院办公厅通知');
    expect(localisedNote(null, 'en')).toBeNull();
  });
});

describe('repeatsKind', () => {
  it('says an ordinary weekday once', () => {
    expect(zhCN.calendar.source.WEEKDAY).toBe(zhCN.calendar.working);
    expect(repeatsKind('WEEKDAY')).toBe(true);
    expect(repeatsKind('WEEKEND')).toBe(false);
  });
});
