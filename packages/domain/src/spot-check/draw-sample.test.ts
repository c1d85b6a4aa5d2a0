import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateStrata, drawSample, generateSeed } from './draw-sample';
import { cyrb128, seededRandom } from './seeded-random';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `p-${String(i).padStart(3, '0')}`);

describe('seeded PRNG', () => {
  // Pinned values, cross-checked against an independent Python re-implementation of the
  // documented algorithm. They must never change, or published draws could not be repeated.
  it('is pinned to the documented cyrb128 → sfc32 → Fisher–Yates procedure', () => {
    expect(cyrb128('')).toEqual([41608494, 3485963809, 1435736333, 1262568316]);
    expect(cyrb128('spot-check-2026')).toEqual([758412130, 620195034, 683442066, 137143998]);
    const r = seededRandom('spot-check-2026');
    const first = [r.nextUint32(), r.nextUint32(), r.nextUint32()];
    expect(first).toMatchInlineSnapshot(`
      [
        1515751162,
        2612148813,
        676226477,
      ]
    `);
    expect(drawSample({ population: ids(20), size: 5, seed: 'spot-check-2026' })).toMatchInlineSnapshot(`
      [
        "p-002",
        "p-010",
        "p-013",
        "p-019",
        "p-011",
      ]
    `);
  });

  it('draws integers in range without bias toward low values', () => {
    const r = seededRandom('uniform');
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[r.nextInt(3)]! += 1;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    expect(() => r.nextInt(0)).toThrow(RangeError);
  });
});

describe('drawSample (Art. 13)', () => {
  it('gives the same sample for the same seed and set of ids, whatever their order', () => {
    const population = ids(50);
    const a = drawSample({ population, size: 7, seed: 'abc' });
    const b = drawSample({ population: [...population].reverse(), size: 7, seed: 'abc' });
    expect(b).toEqual(a);
    expect(drawSample({ population, size: 7, seed: 'abd' })).not.toEqual(a);
  });

  it('clamps the size and ignores duplicate ids', () => {
    expect(drawSample({ population: ['a', 'b', 'b'], size: 10, seed: 's' }).sort()).toEqual(['a', 'b']);
    expect(drawSample({ population: ['a', 'b'], size: 0, seed: 's' })).toEqual([]);
    expect(drawSample({ population: ['a', 'b'], size: -3, seed: 's' })).toEqual([]);
    expect(drawSample({ population: [], size: 3, seed: 's' })).toEqual([]);
  });

  it('allocates strata proportionally by largest remainder', () => {
    const sizes = new Map([
      ['east', 50],
      ['west', 30],
      ['north', 20],
    ]);
    expect(Object.fromEntries(allocateStrata(sizes, 10))).toEqual({ east: 5, north: 2, west: 3 });
    // 7 × (50, 30, 20)/100 = 3.5, 2.1, 1.4 → floors 3, 2, 1 and the one left goes to east (0.5).
    expect(Object.fromEntries(allocateStrata(sizes, 7))).toEqual({ east: 4, north: 1, west: 2 });
  });

  it('gives every non-empty stratum at least one when the size allows', () => {
    const sizes = new Map([
      ['big', 97],
      ['small-a', 1],
      ['small-b', 2],
    ]);
    // Proportionally 3 × (97, 1, 2)/100 would give big all three.
    expect(Object.fromEntries(allocateStrata(sizes, 3))).toEqual({ big: 1, 'small-a': 1, 'small-b': 1 });
    expect(Object.fromEntries(allocateStrata(sizes, 2))).toEqual({ big: 2, 'small-a': 0, 'small-b': 0 });
    const population = ids(100);
    const stratum = (id: string): string =>
      id === 'p-000' ? 'small-a' : id === 'p-001' || id === 'p-002' ? 'small-b' : 'big';
    const sample = drawSample({ population, size: 3, seed: 'x', stratifyBy: stratum });
    expect(sample.map(stratum).sort()).toEqual(['big', 'small-a', 'small-b']);
  });

  it('property: reproducible, a subset, the right size and without duplicates', () => {
    const population = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 });
    fc.assert(
      fc.property(
        population,
        fc.integer({ min: 0, max: 80 }),
        fc.string(),
        fc.boolean(),
        (pop, size, seed, stratified) => {
          const stratifyBy = stratified ? (id: string) => String(id.length % 3) : undefined;
          const sample = drawSample({ population: pop, size, seed, ...(stratifyBy ? { stratifyBy } : {}) });
          expect(sample).toHaveLength(Math.min(size, pop.length));
          expect(new Set(sample).size).toBe(sample.length);
          const all = new Set(pop);
          expect(sample.every((id) => all.has(id))).toBe(true);
          const shuffled = [...pop].reverse();
          expect(drawSample({ population: shuffled, size, seed, ...(stratifyBy ? { stratifyBy } : {}) })).toEqual(
            sample,
          );
          if (stratifyBy) {
            const strata = new Set(pop.map(stratifyBy));
            if (sample.length >= strata.size) expect(new Set(sample.map(stratifyBy)).size).toBe(strata.size);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: allocation sums to the size and never exceeds a stratum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 400 }),
        (counts, size) => {
          const sizes = new Map(counts.map((c, i) => [`s${i}`, c]));
          const total = counts.reduce((a, b) => a + b, 0);
          const allocation = allocateStrata(sizes, size);
          const sum = [...allocation.values()].reduce((a, b) => a + b, 0);
          expect(sum).toBe(Math.min(size, total));
          for (const [k, v] of allocation) expect(v).toBeLessThanOrEqual(sizes.get(k) ?? 0);
        },
      ),
    );
  });
});

describe('generateSeed', () => {
  it('hex-encodes the bytes it is given and refuses too few', () => {
    expect(generateSeed(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 255]))).toBe(
      '000102030405060708090a0b0c0d0eff',
    );
    expect(() => generateSeed(new Uint8Array(8))).toThrow(RangeError);
  });
});
