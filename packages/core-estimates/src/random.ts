import type { Range } from "@forecard/schema";

/**
 * The i-th output of mulberry32 (Tommy Ettinger 2017), whose state is a counter advanced by a
 * constant: fast, 32-bit state, good enough for Monte Carlo percentiles, and the same sequence
 * for the same seed everywhere.
 * @param state - the seed plus (i + 1) x 0x6d2b79f5, modulo 2^32.
 * @returns a number in [0, 1).
 */
function mulberry32(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * A seeded pseudo-random generator (mulberry32).
 * @returns a function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    return mulberry32(state);
  };
}

/** Fills `out` with the first `out.length` numbers of {@link seededRandom}(seed), in one loop. */
export function fillRandom(out: Float64Array, seed: number): void {
  let state = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    out[i] = mulberry32(state);
  }
}

/**
 * Replaces each uniform number in `column` with a draw from the triangular distribution over a
 * range, by inverting its CDF: {@link sampleTriangular} over a whole column.
 */
export function triangularInPlace(range: Range, column: Float64Array): void {
  const { low, likely, high } = range;
  const width = high - low;
  if (width <= 0) {
    column.fill(likely);
    return;
  }
  const split = (likely - low) / width;
  const rising = likely - low;
  const falling = high - likely;
  for (let i = 0; i < column.length; i++) {
    const u = column[i] as number;
    column[i] =
      u < split ? low + Math.sqrt(u * width * rising) : high - Math.sqrt((1 - u) * width * falling);
  }
}

/**
 * Draws from the triangular distribution over a range, by inverting its CDF.
 * @param u - a uniform number in [0, 1).
 * @example sampleTriangular({ low: 0, likely: 0.5, high: 1 }, 0.5) // 0.5
 */
export function sampleTriangular(range: Range, u: number): number {
  const column = Float64Array.of(u);
  triangularInPlace(range, column);
  return column[0] as number;
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
