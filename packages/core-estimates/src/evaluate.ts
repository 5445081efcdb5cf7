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

/**
 * Computes every figure over values: numbers for one point, columns for the Monte Carlo.
 * @returns figure values by key; a key is undefined when its inputs are missing.
 */
export function evaluateValues(point: Values, context: EstimateContext): ComputedValues {
  const computed: ComputedValues = {};
  for (const definition of FIGURE_DEFINITIONS) {
    computed[definition.key] = definition.compute(point, computed, context);
  }
  return computed;
}

/**
 * Computes every figure at one point of the input space.
 * @returns figure values by key; a key is undefined when its inputs are missing.
 */
export function evaluate(point: Point, context: EstimateContext): Computed {
  // Values built only from numbers stay numbers (see values.ts).
  return evaluateValues(point, context) as Computed;
}
