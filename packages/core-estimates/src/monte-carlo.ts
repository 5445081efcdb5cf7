import type { Range } from "@forecard/schema";
import { evaluateValues, FIGURE_DEFINITIONS, type Reuse } from "./evaluate.js";
import type { Point, Values } from "./figures/definition.js";
import { type EstimateContext, INPUT_KEYS, type InputKey } from "./inputs.js";
import { columnSpread, type Spread } from "./percentiles.js";
import { type SampleCache, sampleColumn } from "./sampling.js";

/** Percentiles of each figure over the Monte Carlo. */
export type Percentiles = Record<string, Spread>;

/** The inputs given as ranges, which the Monte Carlo samples. */
export function rangedInputs(context: EstimateContext): [InputKey, Range][] {
  const out: [InputKey, Range][] = [];
  for (const key of INPUT_KEYS) {
    const value = context.inputs[key]?.value;
    if (value !== undefined && typeof value !== "number") out.push([key, value]);
  }
  return out;
}

/** How one Monte Carlo runs: its size and seed, and what it shares with other estimates. */
export interface MonteCarloOptions {
  /** Number of samples (10,000 by default in `estimate`). */
  samples: number;
  /** PRNG seed; the same seed gives the same percentiles. */
  seed: number;
  /** Columns already drawn for the base, shared with its scenarios. */
  cache?: SampleCache;
  /** The base's figures, recorded for its scenarios or reused by one. */
  reuse?: Reuse;
  /** Only these figures (see wantedFigures); every figure when undefined. */
  wanted?: ReadonlySet<string>;
}

/**
 * Samples every ranged input from its triangular distribution into a column and evaluates each
 * figure once over whole columns (no per-sample objects or calls).
 * @returns p5/p50/p95 of every figure that has a finite value at every sample.
 */
export function monteCarlo(
  context: EstimateContext,
  base: Point,
  { samples, seed, cache, reuse, wanted }: MonteCarloOptions,
): Percentiles {
  const point: Values = { ...base };
  for (const [key, range] of rangedInputs(context))
    point[key] = sampleColumn(key, range, samples, seed, cache);
  const computed = evaluateValues(point, context, reuse, wanted);
  const out: Percentiles = {};
  for (const { key } of FIGURE_DEFINITIONS) {
    const value = computed[key];
    if (value === undefined) continue;
    // A figure no ranged input reaches is one number: its percentiles are that number.
    if (typeof value === "number") out[key] = { p5: value, p50: value, p95: value };
    else {
      // A sample where the figure is not finite makes its spread meaningless: leave it out.
      const spread = columnSpread(value);
      if (spread) out[key] = spread;
    }
  }
  return out;
}
