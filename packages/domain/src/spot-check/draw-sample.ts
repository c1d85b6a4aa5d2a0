import { seededRandom, type SeededRandom } from './seeded-random';

/** Recorded with every draw so a later re-draw knows which procedure to follow. */
export const SAMPLING_ALGORITHM = 'cyrb128-sfc32-fisher-yates/v1';

export type DrawSampleInput = {
  /** Ids of the platforms to draw from (duplicates are ignored; order does not matter). */
  population: readonly string[];
  size: number;
  seed: string;
  /** Stratum of each id, e.g. its region or service function; omit for a simple random sample. */
  stratifyBy?: (id: string) => string;
};

/**
 * Code-unit order, not `localeCompare`: locale collation differs between engines and ICU
 * versions, and the order must be identical everywhere for the draw to be reproducible.
 */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Partial Fisher–Yates: for i = 0…k−1 swap position i with i + nextInt(n − i); the first k are the sample. */
function shuffleTake(items: string[], k: number, random: SeededRandom): string[] {
  const a = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + random.nextInt(a.length - i);
    const tmp = a[i] as string;
    a[i] = a[j] as string;
    a[j] = tmp;
  }
  return a.slice(0, k);
}

/**
 * How many to draw from each stratum: proportional to its share of the population, rounded by
 * the largest-remainder method (ties to the stratum whose key sorts first). If that leaves a
 * non-empty stratum with none and the sample has room for one from every stratum, one is moved
 * to it from the stratum holding the most (ties again by key) — so every stratum is looked at.
 * Strata are given in key order.
 */
export function allocateStrata(stratumSizes: ReadonlyMap<string, number>, size: number): Map<string, number> {
  const keys = [...stratumSizes.keys()].filter((k) => (stratumSizes.get(k) ?? 0) > 0).sort(byCodeUnit);
  const total = keys.reduce((sum, k) => sum + (stratumSizes.get(k) ?? 0), 0);
  const n = Math.max(0, Math.min(Math.floor(size), total));
  const allocation = new Map<string, number>();
  if (n === 0) {
    for (const k of keys) allocation.set(k, 0);
    return allocation;
  }
  const quotas = keys.map((k) => ({ k, exact: (n * (stratumSizes.get(k) ?? 0)) / total }));
  for (const q of quotas) allocation.set(q.k, Math.floor(q.exact));
  let left = n - quotas.reduce((s, q) => s + Math.floor(q.exact), 0);
  const byRemainder = [...quotas].sort(
    (x, y) => y.exact - Math.floor(y.exact) - (x.exact - Math.floor(x.exact)) || byCodeUnit(x.k, y.k),
  );
  for (const q of byRemainder) {
    if (left === 0) break;
    allocation.set(q.k, (allocation.get(q.k) ?? 0) + 1);
    left--;
  }
  if (n >= keys.length) {
    for (const k of keys) {
      if ((allocation.get(k) ?? 0) > 0) continue;
      // With n ≥ number of strata and one stratum at 0, some other stratum holds at least 2.
      let donor: string | null = null;
      for (const c of keys) {
        const held = allocation.get(c) ?? 0;
        if (held > 1 && (donor === null || held > (allocation.get(donor) ?? 0))) donor = c;
      }
      if (donor === null) break;
      allocation.set(donor, (allocation.get(donor) ?? 0) - 1);
      allocation.set(k, 1);
    }
  }
  return allocation;
}

/**
 * Draws a reproducible random sample for a spot check (Art. 13). The population is de-duplicated
 * and sorted first, so the same seed and the same set of ids give the same sample regardless of
 * the order they were loaded in. `size` is floored and clamped to [0, population].
 *
 * Stratified draws allocate with `allocateStrata`, then draw within each stratum in key order
 * from the one PRNG stream. The result lists ids in draw order.
 */
export function drawSample(input: DrawSampleInput): string[] {
  const ids = [...new Set(input.population)].sort(byCodeUnit);
  const size = Math.max(0, Math.min(Number.isFinite(input.size) ? Math.floor(input.size) : 0, ids.length));
  const random = seededRandom(input.seed);
  if (!input.stratifyBy) return shuffleTake(ids, size, random);

  const strata = new Map<string, string[]>();
  for (const id of ids) {
    const key = input.stratifyBy(id);
    const members = strata.get(key);
    if (members) members.push(id);
    else strata.set(key, [id]);
  }
  const allocation = allocateStrata(new Map([...strata].map(([k, v]) => [k, v.length])), size);
  const sample: string[] = [];
  for (const [key, take] of allocation) sample.push(...shuffleTake(strata.get(key) ?? [], take, random));
  return sample;
}

/**
 * A seed from caller-supplied random bytes (e.g. `crypto.getRandomValues(new Uint8Array(16))`
 * in the browser or the API), as lowercase hex. Taking the bytes as an argument keeps this
 * package free of I/O; at least 16 bytes (128 bits) are required so seeds cannot be enumerated.
 */
export function generateSeed(randomBytes: Uint8Array): string {
  if (randomBytes.length < 16)
    throw new RangeError(`generateSeed needs at least 16 random bytes, got ${randomBytes.length}`);
  return Array.from(randomBytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
