// Calendar days travel as "YYYY-MM-DD" strings (the API's Date scalar). The programme's data
// starts in 2000 and the statutory calendar cannot be planned past 2100, so a year outside is a
// typing mistake to point out, never to correct silently.
export const MIN_DATE_YEAR = 2000;
export const MAX_DATE_YEAR = 2100;
export const ISO_DATE_FORMAT = 'YYYY-MM-DD';

export type DateCheck = 'ok' | 'empty' | 'invalid' | 'outOfRange';

/** Whether `value` is a real calendar day in the supported years. */
export function checkIsoDate(
  value: string | null | undefined,
  minYear = MIN_DATE_YEAR,
  maxYear = MAX_DATE_YEAR,
): DateCheck {
  if (value === null || value === undefined || value.trim() === '') return 'empty';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return 'invalid';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'invalid';
  if (year < minYear || year > maxYear) return 'outOfRange';
  return 'ok';
}
