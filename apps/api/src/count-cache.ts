// The lists' totals, cached on the embedded database until its data next changes.
//
// On PGlite (PostgreSQL in WebAssembly) counting a decade of applications is an index-only scan
// of 100,000 entries, ~12 ms of the ~18 ms the database spends on a list request, and the
// total of a page is the same for every page, filter switch and refetch until something is
// written. The embedded database is written only through this process, whose driver adapter
// changes `dataVersion()` after every change (@sme/db data-version.ts), so a total read under
// the current version is exact. On PostgreSQL, which other processes write, every total is
// counted (and there the count is ~2 ms of native code).
import { dataVersion } from './db.js';

/** Distinct lists (arguments) kept at once; past it, the cache starts again. */
const MAX_ENTRIES = 500;

let cachedVersion: number | undefined;
const totals = new Map<string, Promise<number>>();

/**
 * `count()`, or the total it gave for the same `key` under the current data version. Requests
 * that ask at once share one count. `key` must name the model and every part of the filter
 * (including today's date where the filter uses it).
 */
export function countOnce(key: string, count: () => Promise<number>): Promise<number> {
  // Taken before counting: a change that lands during the count moves the version on, so a
  // total that may predate the change is filed under a version no one asks for again.
  const version = dataVersion();
  if (version === undefined) return count();
  if (version !== cachedVersion) {
    totals.clear();
    cachedVersion = version;
  }
  const cached = totals.get(key);
  if (cached) return cached;
  if (totals.size >= MAX_ENTRIES) totals.clear();
  // A real promise: Prisma's are lazy thenables, and the total is shared.
  const counting = Promise.resolve(count());
  totals.set(key, counting);
  // A failed count is not kept: the next request counts again.
  counting.catch(() => {
    if (totals.get(key) === counting) totals.delete(key);
  });
  return counting;
}
