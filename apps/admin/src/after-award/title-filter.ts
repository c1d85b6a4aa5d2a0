// The titles list filters (titleStatus, function, region, expiring year), applied to the list the
// API returns; they live in the URL (useListUrlState), so a filtered list can be shared.
export const TITLE_FILTERS = ['titleStatus', 'function', 'region', 'expiringYear', 'q'] as const;
export type TitleFilter = (typeof TITLE_FILTERS)[number];

export type FilterableTitle = {
  certificateNumber: string;
  organisationName: string;
  region: string | null;
  functions: readonly string[];
  titleStatus: string;
  renewalYear: number;
};

/** Titles matching every filter set; `region` is a province name matched against the holder's region label. */
export function filterTitles<T extends FilterableTitle>(titles: readonly T[], filters: Partial<Record<TitleFilter, string>>): T[] {
  const q = filters.q?.trim().toLowerCase();
  return titles.filter(
    (t) =>
      (!filters.titleStatus || t.titleStatus === filters.titleStatus) &&
      (!filters.function || t.functions.includes(filters.function)) &&
      (!filters.region || (t.region ?? '').startsWith(filters.region)) &&
      (!filters.expiringYear || String(t.renewalYear) === filters.expiringYear) &&
      (!q || t.organisationName.toLowerCase().includes(q) || t.certificateNumber.toLowerCase().includes(q)),
  );
}

/** The page of rows shown (the pager counts all matching rows). */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): T[] {
  return rows.slice((page - 1) * pageSize, page * pageSize);
}

/** The years titles expire in, for the expiring-year filter, ascending. */
export function expiryYears(titles: readonly { renewalYear: number }[]): number[] {
  return [...new Set(titles.map((t) => t.renewalYear))].sort((a, b) => a - b);
}
