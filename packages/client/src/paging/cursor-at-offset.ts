// The API pages with relay cursors (first/after); list pages show antd's numbered Pagination.
// To open page N directly (a link, a reload, a jump) the `after` cursor of item N·size is needed:
// it is found by walking the connection in large cursor-only steps from the nearest known cursor.

/** Fetches up to `first` cursors after `after` (cursor-only selection, cheap). */
export type FetchCursors = (after: string | null, first: number) => Promise<readonly string[]>;

/** Cursor after item `offset - 1` (the `after` for a page starting at `offset`), by offset. */
export type KnownCursors = Map<number, string>;

/** Pothos' default largest page. */
export const CURSOR_STEP = 100;

/** The `after` cursor for a page starting at `offset`; null for offset 0, or when the list is
 * shorter than `offset` (the caller then shows the first page). Learns every cursor it passes. */
export async function cursorAtOffset(
  offset: number,
  fetchCursors: FetchCursors,
  known: KnownCursors,
  step = CURSOR_STEP,
): Promise<string | null> {
  if (offset <= 0) return null;
  const exact = known.get(offset);
  if (exact !== undefined) return exact;
  let from = 0;
  let after: string | null = null;
  for (const [at, cursor] of known) {
    if (at < offset && at > from) {
      from = at;
      after = cursor;
    }
  }
  while (from < offset) {
    const first = Math.min(step, offset - from);
    const cursors = await fetchCursors(after, first);
    cursors.forEach((cursor, i) => known.set(from + i + 1, cursor));
    if (cursors.length < first) return null;
    from += cursors.length;
    after = cursors[cursors.length - 1] ?? null;
  }
  return after;
}
