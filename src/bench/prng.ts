/** Seeded randomness, so every run generates byte-identical corpora and questions. */

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for test data; returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi]. */
export const intIn = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** Uniform pick from a non-empty list. */
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/**
 * Picks from a list by Zipf's law (weight 1/rank^s), as word frequencies in real text fall:
 * a few words everywhere, a long tail of rare ones. Cumulative weights + binary search.
 */
export function zipf<T>(rng: Rng, items: readonly T[], s = 1.07): () => T {
  const cdf = new Float64Array(items.length);
  let total = 0;
  for (let r = 0; r < items.length; r++) {
    total += 1 / (r + 1) ** s;
    cdf[r] = total;
  }
  return () => {
    const u = rng() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  };
}
