/** Forward-only relay pagination shown as numbered pages: the stack holds the `after` cursor of
 * every page visited so far, so "previous" needs no backward cursor from the API. */
export type CursorPages = { readonly afters: readonly (string | null)[] };

export const FIRST_PAGE: CursorPages = { afters: [null] };

export function currentAfter(pages: CursorPages): string | null {
  return pages.afters[pages.afters.length - 1] ?? null;
}

export function pageNumber(pages: CursorPages): number {
  return pages.afters.length;
}

export function nextPage(pages: CursorPages, endCursor: string | null | undefined): CursorPages {
  if (!endCursor) return pages;
  return { afters: [...pages.afters, endCursor] };
}

export function previousPage(pages: CursorPages): CursorPages {
  if (pages.afters.length <= 1) return pages;
  return { afters: pages.afters.slice(0, -1) };
}

export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}
