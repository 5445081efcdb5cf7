import quickselect from "quickselect";
import { multipleOf } from "./values.js";

/** The 5th, 50th and 95th percentiles of a figure over the Monte Carlo, in the figure's unit. */
export interface Spread {
  p5: number;
  p50: number;
  p95: number;
}

/** The smallest value of `values[from..to]`. */
function minimum(values: Float64Array, from: number, to: number): number {
  let out = values[from] as number;
  for (let i = from + 1; i <= to; i++) if ((values[i] as number) < out) out = values[i] as number;
  return out;
}

/**
 * The q-th quantile, interpolating linearly between the neighbouring order statistics (the same
 * definition as on a sorted array), found by selection in linear time instead of a full sort.
 * Reorders `values`; with `from`, the caller guarantees everything before it is smaller.
 */
function quantileInPlace(values: Float64Array, q: number, from = 0): number {
  const last = values.length - 1;
  const position = last * q;
  const below = Math.floor(position);
  // quickselect (Floyd-Rivest) is typed for arrays; it only indexes and swaps, as on a typed array.
  quickselect(values as unknown as number[], below, from, last);
  const lower = values[below] as number;
  if (below === last || position === below) return lower;
  const upper = minimum(values, below + 1, last);
  return lower + (upper - lower) * (position - below);
}

/**
 * p5, p50 and p95 of Monte Carlo samples: exactly what sorting and interpolating would give.
 * @param samples - one value per sample; not modified.
 */
export function spreadOf(samples: Float64Array): Spread {
  if (samples.length === 0) return { p5: Number.NaN, p50: Number.NaN, p95: Number.NaN };
  const values = samples.slice();
  // p5 first, then p50 and p95 only search what lies above the previous order statistic.
  const p5 = quantileInPlace(values, 0.05);
  const p50 = quantileInPlace(values, 0.5, Math.floor((values.length - 1) * 0.05));
  const p95 = quantileInPlace(values, 0.95, Math.floor((values.length - 1) * 0.5));
  return { p5, p50, p95 };
}

// Columns are never changed once computed, so a spread found once holds for the column's life.
const spreads = new WeakMap<Float64Array, Spread>();

/**
 * {@link spreadOf} of a figure's column, found once per column: a column that is a constant
 * multiple of another takes that column's percentiles, scaled (a negative factor swaps p5 and p95).
 */
export function columnSpread(column: Float64Array): Spread {
  const multiple = multipleOf(column);
  if (multiple) {
    const { p5, p50, p95 } = columnSpread(multiple.of);
    const k = multiple.factor;
    return k >= 0
      ? { p5: p5 * k, p50: p50 * k, p95: p95 * k }
      : { p5: p95 * k, p50: p50 * k, p95: p5 * k };
  }
  let spread = spreads.get(column);
  if (!spread) {
    spread = spreadOf(column);
    spreads.set(column, spread);
  }
  return spread;
}

/** The median of a list of numbers (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(middle)] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
