// Deadlines, notice periods and validity are Beijing dates (Arts. 8, 10, 11), whatever zone the
// server or the browser runs in. The instant is an argument: the domain never reads the clock.

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The calendar day in Beijing ("YYYY-MM-DD") at the instant `now`. China has kept UTC+8 all year
 * since 1992, so the day is the UTC day of the instant eight hours later. */
export function todayInShanghai(now: Date): string {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
