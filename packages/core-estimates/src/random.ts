import type { Range } from "@forecard/schema";

/**
 * A seeded pseudo-random generator (mulberry32, Tommy Ettinger 2017): fast, 32-bit state,
 * good enough for Monte Carlo percentiles, and the same sequence for the same seed everywhere.
 * @returns a function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws from the triangular distribution over a range, by inverting its CDF.
 * @param u - a uniform number in [0, 1).
 * @example sampleTriangular({ low: 0, likely: 0.5, high: 1 }, 0.5) // 0.5
 */
export function sampleTriangular(range: Range, u: number): number {
  const { low, likely, high } = range;
  const width = high - low;
  if (width <= 0) return likely;
  const split = (likely - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (likely - low))
    : high - Math.sqrt((1 - u) * width * (high - likely));
}

/**
 * The q-th quantile of sorted samples, interpolating linearly between neighbours.
 * @param sorted - ascending samples.
 * @param q - the quantile, 0 to 1.
 */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const lower = sorted[below] as number;
  const upper = sorted[above] as number;
  return lower + (upper - lower) * (position - below);
}

/** Moves the k-th smallest value of `values[from..to]` to index k (Hoare's selection, in place). */
function select(values: Float64Array, k: number, from: number, to: number): void {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * The q-th quantiles of unsorted samples, interpolated linearly between neighbours exactly as
 * {@link quantile} does on sorted samples, found by selection in O(n) instead of sorting.
 * Reorders `values` in place.
 * @param qs - ascending quantiles, 0 to 1.
 */
export function quantilesBySelection(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return qs.map(() => Number.NaN);
  let from = 0;
  return qs.map((q) => {
    const position = (n - 1) * q;
    const below = Math.floor(position);
    select(values, below, from, n - 1);
    const lower = values[below] as number;
    let upper = lower;
    if (below + 1 < n) {
      // The next order statistic is the smallest value to the right of `below`.
      upper = Number.POSITIVE_INFINITY;
      for (let i = below + 1; i < n; i++)
        if ((values[i] as number) < upper) upper = values[i] as number;
    }
    // Later quantiles lie at or right of this one: select only there.
    from = below;
    return lower + (upper - lower) * (position - below);
  });
}
