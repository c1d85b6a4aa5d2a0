// Filters and the page of a list live in the URL (?status=DRAFT&page=2), so a filtered list
// can be bookmarked, shared, and comes back unchanged after "back". Pure helpers here; the hook
// in use-url-state.ts binds them to react-router's search params.

export type ListUrlState<F extends string> = {
  /** Filter values by name; a missing filter is undefined, never "". */
  filters: Partial<Record<F, string>>;
  page: number;
  pageSize: number;
};

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

function positiveInt(value: string | null, fallback: number): number {
  if (value === null || !/^\d{1,6}$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? n : fallback;
}

/** Reads the named filters plus page and pageSize; anything malformed falls back to defaults. */
export function readListUrlState<F extends string>(
  params: URLSearchParams,
  filterNames: readonly F[],
  defaultPageSize = DEFAULT_PAGE_SIZE,
): ListUrlState<F> {
  const filters: Partial<Record<F, string>> = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') filters[name] = value;
  }
  const size = positiveInt(params.get('pageSize'), defaultPageSize);
  return {
    filters,
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : defaultPageSize,
  };
}

/** Writes the state over `params` (other parameters are kept); defaults are left out of the URL. */
export function writeListUrlState<F extends string>(
  params: URLSearchParams,
  filterNames: readonly F[],
  state: ListUrlState<F>,
  defaultPageSize = DEFAULT_PAGE_SIZE,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of filterNames) {
    const value = state.filters[name];
    if (value === undefined || value.trim() === '') next.delete(name);
    else next.set(name, value);
  }
  if (state.page > 1) next.set('page', String(state.page));
  else next.delete('page');
  if (state.pageSize !== defaultPageSize) next.set('pageSize', String(state.pageSize));
  else next.delete('pageSize');
  return next;
}

/** Whether any filter is set (the empty state then offers to reset rather than to create). */
export function hasFilters<F extends string>(state: Pick<ListUrlState<F>, 'filters'>): boolean {
  return Object.values(state.filters).some((v) => typeof v === 'string' && v !== '');
}
