import type { Computed, FigureDefinition, Point } from "./figures/definition.js";
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
 * Computes every figure at one point of the input space.
 * @param computed - an object to fill; the Monte Carlo reuses one so that samples allocate nothing.
 * @returns figure values by key; a key is undefined when its inputs are missing.
 */
export function evaluate(
  point: Point,
  context: EstimateContext,
  computed: Computed = {},
): Computed {
  for (const definition of FIGURE_DEFINITIONS) {
    computed[definition.key] = definition.compute(point, computed, context);
  }
  return computed;
}
