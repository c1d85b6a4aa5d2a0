// The one place the API asks what day it is. Deadlines and notice periods are Beijing dates,
// whatever zone the server runs in; the date of an instant is the domain's todayInShanghai.
import { todayInShanghai as beijingDateOf } from '@sme/domain';

export function todayInShanghai(now: Date = new Date()): string {
  return beijingDateOf(now);
}

const shanghaiHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' });

/** The hour of the day in Beijing, 0–23 (the embedded database's upkeep waits for the night). */
export function hourInShanghai(now: Date = new Date()): number {
  return Number(shanghaiHour.format(now));
}
