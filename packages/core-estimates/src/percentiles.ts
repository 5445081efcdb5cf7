import { valuesAtRanks } from "./order-statistics.js";
import { multipleOf } from "./values.js";

/** The 5th, 50th and 95th percentiles of a figure over the Monte Carlo, in the figure's unit. */
export interface Spread {
  p5: number;
  p50: number;
  p95: number;
}

const QUANTILES = [0.05, 0.5, 0.95] as const;

/**
 * p5, p50 and p95 of Monte Carlo samples: exactly what sorting and interpolating linearly between
 * neighbouring order statistics would give, found without sorting.
 * @param samples - one value per sample; not modified.
 * @returns undefined when a sample is not finite, which makes the spread meaningless.
 */
export function spreadOf(samples: Float64Array): Spread | undefined {
  const last = samples.length - 1;
  if (last < 0) return { p5: Number.NaN, p50: Number.NaN, p95: Number.NaN };
  const below = QUANTILES.map((q) => Math.floor(last * q));
  const ranks = below.flatMap((rank) => [rank, Math.min(rank + 1, last)]);
  const values = valuesAtRanks(samples, ranks);
  if (!values) return undefined;
  const [p5, p50, p95] = QUANTILES.map((q, i) => {
    const lower = values[2 * i] as number;
    const upper = values[2 * i + 1] as number;
    const fraction = last * q - (below[i] as number);
    return fraction === 0 ? lower : lower + (upper - lower) * fraction;
  }) as [number, number, number];
  return { p5, p50, p95 };
}

// Columns are never changed once computed, so a spread found once holds for the column's life.
const spreads = new WeakMap<Float64Array, Spread | undefined>();

/**
 * {@link spreadOf} of a figure's column, found once per column: a column that is a constant
 * multiple of another takes that column's percentiles, scaled (a negative factor swaps p5 and p95).
 * @returns undefined when a sample is not finite, which makes the spread meaningless.
 */
export function columnSpread(column: Float64Array): Spread | undefined {
  const multiple = multipleOf(column);
  if (multiple) {
    const k = multiple.factor;
    const of = columnSpread(multiple.of);
    if (!of || !Number.isFinite(k)) return undefined;
    return k >= 0
      ? { p5: of.p5 * k, p50: of.p50 * k, p95: of.p95 * k }
      : { p5: of.p95 * k, p50: of.p50 * k, p95: of.p5 * k };
  }
  if (!spreads.has(column)) spreads.set(column, spreadOf(column));
  return spreads.get(column);
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
