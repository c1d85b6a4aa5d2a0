import { parseIsoDate, type IsoDate } from './iso-date';

/** 2026-11-25 → 2026年11月25日, the way Chinese official text writes dates. */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${year}年${month}月${day}日`;
}
