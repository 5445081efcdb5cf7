import { type EvaluationRecord, interned, reusable, watch } from "./figure-reuse.js";
import type {
  Computed,
  ComputedValues,
  FigureDefinition,
  Point,
  Values,
} from "./figures/definition.js";
import { FOOTPRINT_FIGURES } from "./figures/footprint.js";
import { INFERENCE_FIGURES } from "./figures/inference.js";
import { SCALE_FIGURES } from "./figures/scale.js";
import { SCALING_FIGURES } from "./figures/scaling.js";
import type { EstimateContext } from "./inputs.js";

/** Every figure definition, in dependency order. */
export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  ...SCALE_FIGURES,
  ...FOOTPRINT_FIGURES,
  ...INFERENCE_FIGURES,
  ...SCALING_FIGURES,
];

/** Sharing between the base's Monte Carlo and its scenarios' (see figure-reuse.ts). */
export interface Reuse {
  /** Filled with how each figure was computed (the base). */
  record?: EvaluationRecord;
  /** How the base computed each figure, to reuse what reads the same (a scenario). */
  from?: EvaluationRecord;
}

/**
 * Computes every figure over values: numbers for one point, columns for the Monte Carlo.
 * @param wanted - only these figures (see wantedFigures); every figure when undefined.
 * @returns figure values by key; a key is undefined when its inputs are missing or it is not wanted.
 */
export function evaluateValues(
  point: Values,
  context: EstimateContext,
  reuse: Reuse = {},
  wanted?: ReadonlySet<string>,
): ComputedValues {
  const computed: ComputedValues = {};
  for (const definition of FIGURE_DEFINITIONS) {
    const { key } = definition;
    if (wanted && !wanted.has(key)) continue;
    const before = reuse.from?.get(key);
    const same = reusable(before, point, computed, context);
    if (same) {
      computed[key] = same.value;
      continue;
    }
    if (reuse.record) {
      const watched = watch(point, computed, context);
      const value = definition.compute(watched.point, watched.figures, watched.context);
      reuse.record.set(key, watched.record(value));
      computed[key] = value;
    } else {
      computed[key] = interned(definition.compute(point, computed, context), before?.value);
    }
  }
  return computed;
}

/**
 * Computes every figure (or the wanted ones) at one point of the input space.
 * @returns figure values by key; a key is undefined when its inputs are missing or it is not wanted.
 */
export function evaluate(
  point: Point,
  context: EstimateContext,
  wanted?: ReadonlySet<string>,
): Computed {
  // Values built only from numbers stay numbers (see values.ts).
  return evaluateValues(point, context, {}, wanted) as Computed;
}
