/** The trend chart's rows with every year from the first to the last: a year without data is a
 * row of its own (counts 0, rates empty), so the axis never jumps from 2019 to 2022. */
export function everyYear<T extends { year: number }>(rows: readonly T[], empty: (year: number) => T): T[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = rows.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => byYear.get(first + i) ?? empty(first + i));
}
