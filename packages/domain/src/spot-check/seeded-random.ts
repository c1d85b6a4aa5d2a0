/**
 * A small, fully specified PRNG so a spot-check draw (Art. 13) can be repeated by anyone, on any
 * machine, in a browser, or re-implemented in another language from this description:
 *
 * 1. `cyrb128(seed)`: the seed string, read as UTF-16 code units, hashed to four 32-bit words
 *    (bryc's public-domain cyrb128, constants below).
 * 2. `sfc32(a, b, c, d)`: Chris Doty-Humphrey's Small Fast Counting generator, 32-bit variant,
 *    seeded with those four words; each call yields one unsigned 32-bit integer.
 * 3. `nextInt(n)`: a uniform integer in [0, n) by rejection — draws ≥ ⌊2³²/n⌋·n are discarded
 *    and redrawn — so there is no modulo bias.
 *
 * It is not cryptographic; it does not need to be: the seed is generated from real randomness
 * (`generateSeed`) and published with the draw, and fairness comes from nobody choosing it.
 */
export function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export type SeededRandom = {
  /** Next unsigned 32-bit integer. */
  nextUint32: () => number;
  /** Uniform integer in [0, n), n a positive integer ≤ 2³². */
  nextInt: (n: number) => number;
};

export function sfc32(seedA: number, seedB: number, seedC: number, seedD: number): () => number {
  let a = seedA | 0;
  let b = seedB | 0;
  let c = seedC | 0;
  let d = seedD | 0;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

const TWO_32 = 4294967296;

export function seededRandom(seed: string): SeededRandom {
  const [a, b, c, d] = cyrb128(seed);
  const nextUint32 = sfc32(a, b, c, d);
  const nextInt = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`nextInt needs 1 ≤ n ≤ 2^32, got ${n}`);
    const limit = Math.floor(TWO_32 / n) * n;
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % n;
    }
  };
  return { nextUint32, nextInt };
}
