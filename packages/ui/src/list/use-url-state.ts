import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE, hasFilters, readListUrlState, writeListUrlState, type ListUrlState } from './url-state';

export type UseListUrlState<F extends string> = ListUrlState<F> & {
  /** New filters start again at page 1. */
  setFilters: (filters: Partial<Record<F, string | undefined>>) => void;
  setPage: (page: number, pageSize?: number) => void;
  /** Clears every filter and the page. */
  reset: () => void;
  filtered: boolean;
};

/** A list's filters, page and page size, kept in the URL through react-router (both apps use
 * `BrowserRouter`). `filterNames` must be stable (a module constant). */
export function useListUrlState<F extends string>(
  filterNames: readonly F[],
  defaultPageSize = DEFAULT_PAGE_SIZE,
): UseListUrlState<F> {
  const [params, setParams] = useSearchParams();
  const state = useMemo(
    () => readListUrlState(params, filterNames, defaultPageSize),
    [params, filterNames, defaultPageSize],
  );

  const update = useCallback(
    (change: (current: ListUrlState<F>) => ListUrlState<F>) =>
      setParams((previous) => {
        const current = readListUrlState(previous, filterNames, defaultPageSize);
        return writeListUrlState(previous, filterNames, change(current), defaultPageSize);
      }),
    [setParams, filterNames, defaultPageSize],
  );

  const setFilters = useCallback(
    (filters: Partial<Record<F, string | undefined>>) =>
      update((current) => ({ ...current, filters: cleanFilters(filters), page: 1 })),
    [update],
  );
  const setPage = useCallback(
    (page: number, pageSize?: number) =>
      update((current) =>
        pageSize !== undefined && pageSize !== current.pageSize
          ? { ...current, page: 1, pageSize }
          : { ...current, page },
      ),
    [update],
  );
  const reset = useCallback(() => update((current) => ({ ...current, filters: {}, page: 1 })), [update]);

  return { ...state, setFilters, setPage, reset, filtered: hasFilters(state) };
}

function cleanFilters<F extends string>(filters: Partial<Record<F, string | undefined>>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [key, value] of Object.entries(filters) as [F, unknown][]) {
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  }
  return out;
}
