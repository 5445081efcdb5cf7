import type { Range } from "@forecard/schema";

// Multiplying by 2^-32 gives the same number as dividing by 2^32, and is quicker.
const TWO_TO_MINUS_32 = 2 ** -32;

/**
 * The i-th output of mulberry32 (Tommy Ettinger 2017), whose state is a counter advanced by a
 * constant: fast, 32-bit state, good enough for Monte Carlo percentiles, and the same sequence
 * for the same seed everywhere.
 * @param state - the seed plus (i + 1) x 0x6d2b79f5, modulo 2^32 (signed or unsigned: the same bits).
 * @returns a number in [0, 1).
 */
function mulberry32(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) * TWO_TO_MINUS_32;
}

/**
 * A seeded pseudo-random generator (mulberry32).
 * @returns a function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  // A signed 32-bit state: the same bits as unsigned, and V8 keeps it an integer (see drawTriangular).
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    return mulberry32(state);
  };
}

/**
 * Fills `column` with draws from the triangular distribution over a range: the first
 * `column.length` numbers of {@link seededRandom}(seed), each through {@link sampleTriangular}'s
 * inverted CDF, in one loop (two passes took about twice as long, measured).
 */
export function drawTriangular(range: Range, column: Float64Array, seed: number): void {
  const { low, likely, high } = range;
  const width = high - low;
  if (width <= 0) {
    column.fill(likely);
    return;
  }
  const split = (likely - low) / width;
  const rising = likely - low;
  const falling = high - likely;
  // Signed 32-bit state, as in seededRandom: an unsigned one above 2^31 is a double to V8, which
  // made this loop about half as fast (measured).
  let state = seed | 0;
  for (let i = 0; i < column.length; i++) {
    state = (state + 0x6d2b79f5) | 0;
    column[i] = inverted(mulberry32(state), low, high, width, split, rising, falling);
  }
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
  return inverted(u, low, high, width, (likely - low) / width, likely - low, high - likely);
}

/**
 * The inverted triangular CDF at u: low + sqrt(u w r) below the split, high - sqrt((1 - u) w f)
 * above it. The side is chosen by multiplying by 0 or 1, not by a branch: which side a random u
 * falls on cannot be predicted, and the branch made drawing a column about 1.5 times slower
 * (measured). Multiplying by 1 and adding 0 leave a number as it was, so the result is the same.
 */
function inverted(
  u: number,
  low: number,
  high: number,
  width: number,
  split: number,
  rising: number,
  falling: number,
): number {
  const below = +(u < split);
  const above = 1 - below;
  const root = Math.sqrt(below * (u * width * rising) + above * ((1 - u) * width * falling));
  return below * (low + root) + above * (high - root);
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
