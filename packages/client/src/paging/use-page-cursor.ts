import { useCallback, useEffect, useState } from 'react';
import { cursorAtOffset, type FetchCursors, type KnownCursors } from './cursor-at-offset';

export type PageCursor = {
  /** The `after` for the page; undefined while it is being found. */
  after: string | null | undefined;
  /** Record a loaded page's end cursor, so "next" needs no walk. */
  remember: (offset: number, endCursor: string | null | undefined) => void;
};

/** The relay `after` cursor for page `page` of `pageSize` items, for numbered pagination over a
 * cursor connection. `listKey` names the filters (cursors are kept per filter combination);
 * `fetchCursors` must be stable (useCallback). */
export function usePageCursor(listKey: string, page: number, pageSize: number, fetchCursors: FetchCursors): PageCursor {
  const offset = Math.max(0, (page - 1) * pageSize);
  // a cache, not render state: learning a cursor needs no re-render by itself
  const [cache] = useState(() => new Map<string, KnownCursors>());
  const knownFor = useCallback(
    (key: string): KnownCursors => {
      let known = cache.get(key);
      if (!known) {
        known = new Map();
        cache.set(key, known);
      }
      return known;
    },
    [cache],
  );
  const [found, setFound] = useState<{ key: string; offset: number; after: string | null } | null>(null);

  const immediate = offset === 0 ? null : cache.get(listKey)?.get(offset);
  useEffect(() => {
    if (immediate !== undefined) return;
    let cancelled = false;
    void cursorAtOffset(offset, fetchCursors, knownFor(listKey)).then((after) => {
      if (!cancelled) setFound({ key: listKey, offset, after });
    });
    return () => {
      cancelled = true;
    };
  }, [listKey, offset, immediate, fetchCursors, knownFor]);

  const after =
    immediate !== undefined
      ? immediate
      : found && found.key === listKey && found.offset === offset
        ? found.after
        : undefined;
  const remember = useCallback(
    (at: number, endCursor: string | null | undefined) => {
      if (endCursor) knownFor(listKey).set(at, endCursor);
    },
    [knownFor, listKey],
  );
  return { after, remember };
}
