import type { Range } from "@forecard/schema";
import { evaluate, FIGURE_DEFINITIONS } from "./evaluate.js";
import type { Computed, Point } from "./figures/definition.js";
import { type EstimateContext, INPUT_KEYS, type InputKey } from "./inputs.js";
import { quantilesBySelection, sampleTriangular, seededRandom } from "./random.js";

/** Percentiles of each figure over the Monte Carlo. */
export type Percentiles = Record<string, { p5: number; p50: number; p95: number }>;

/** A 32-bit FNV-1a hash of a name, to seed its own random stream. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The inputs given as ranges, which the Monte Carlo samples. */
export function rangedInputs(context: EstimateContext): [InputKey, Range][] {
  const out: [InputKey, Range][] = [];
  for (const key of INPUT_KEYS) {
    const value = context.inputs[key]?.value;
    if (value !== undefined && typeof value !== "number") out.push([key, value]);
  }
  return out;
}

/**
 * Samples every ranged input independently from a triangular distribution and evaluates the
 * figures at each sample.
 * @param samples - number of samples (10,000 by default in `estimate`).
 * @param seed - PRNG seed; the same seed gives the same percentiles.
 */
export function monteCarlo(
  context: EstimateContext,
  base: Point,
  samples: number,
  seed: number,
): Percentiles {
  const ranged = rangedInputs(context);
  // One stream per input, keyed by its name: adding or removing a ranged input (a scenario that
  // switches to fp8) leaves every other input's draws unchanged, so scenarios differ only by
  // what they change (common random numbers).
  const streams = ranged.map(([key]) => seededRandom(seed ^ hashName(key)));
  const keys = FIGURE_DEFINITIONS.map((d) => d.key);
  const columns = keys.map(() => new Float64Array(samples));
  const present = keys.map(() => true);
  const point: Point = { ...base };
  const computed: Computed = {};
  for (let i = 0; i < samples; i++) {
    for (let r = 0; r < ranged.length; r++) {
      const [key, range] = ranged[r] as [InputKey, Range];
      point[key] = sampleTriangular(range, (streams[r] as () => number)());
    }
    evaluate(point, context, computed);
    for (let k = 0; k < keys.length; k++) {
      const value = computed[keys[k] as string];
      if (value === undefined) present[k] = false;
      else (columns[k] as Float64Array)[i] = value;
    }
  }
  const out: Percentiles = {};
  for (let k = 0; k < keys.length; k++) {
    if (!present[k]) continue;
    const column = columns[k] as Float64Array;
    const [p5, p50, p95] = quantilesBySelection(column, [0.05, 0.5, 0.95]) as [
      number,
      number,
      number,
    ];
    out[keys[k] as string] = { p5, p50, p95 };
  }
  return out;
}
