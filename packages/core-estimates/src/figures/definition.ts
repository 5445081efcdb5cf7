import type { EstimateContext, InputKey } from "../inputs.js";
import type { SourceId } from "../sources.js";
import type { Value } from "../values.js";

/** A point of the input space: one value per input present. */
export type Point = Partial<Record<InputKey, number>>;

/** Figures computed so far at a point, by key. */
export type Computed = Record<string, number | undefined>;

/** Inputs over the Monte Carlo: a number for a fixed input, a column for a sampled one. */
export type Values = Partial<Record<InputKey, Value>>;

/** Figures computed so far over the Monte Carlo, by key. */
export type ComputedValues = Record<string, Value | undefined>;

/** How a figure was computed for a proposal: the formula, its inputs and its sources. */
export interface Explanation {
  formula: string;
  /** Input keys or figure keys the formula reads. */
  uses: string[];
  sources: SourceId[];
}

/** One figure of the estimate: how to compute it at a point and how to explain it. */
export interface FigureDefinition {
  key: string;
  unit: string;
  /**
   * The value over the inputs (a number at one point, a column over the Monte Carlo), or
   * undefined when its inputs are missing. Written with the operations of values.ts.
   */
  compute(point: Values, computed: ComputedValues, context: EstimateContext): Value | undefined;
  /** The formula used for this proposal (which may depend on which inputs it gives). */
  explain(context: EstimateContext): Explanation;
  /** What the figure needs, said when it is absent. */
  needs: string;
}

/**
 * Caches a per-proposal derived constant (a peak, a byte count) so the Monte Carlo computes it
 * once per proposal rather than once per sample.
 */
export function perContext<C extends object, T>(derive: (context: C) => T): (context: C) => T {
  const cache = new WeakMap<C, { value: T }>();
  return (context) => {
    let entry = cache.get(context);
    if (!entry) {
      entry = { value: derive(context) };
      cache.set(context, entry);
    }
    return entry.value;
  };
}
