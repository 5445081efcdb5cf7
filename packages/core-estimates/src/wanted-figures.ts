import { FIGURE_DEFINITIONS } from "./evaluate.js";
import type { EstimateContext } from "./inputs.js";

const DEFINITIONS = new Map(FIGURE_DEFINITIONS.map((definition) => [definition.key, definition]));

/**
 * The named figures and everything they are computed from, figures and inputs alike, found by
 * following each figure's `uses` back for this proposal's inputs.
 */
function computedFrom(keys: readonly string[], context: EstimateContext): Set<string> {
  const reached = new Set<string>();
  // A key that names no figure is not followed, so it is counted as neither figure nor input.
  const pending = keys.filter((key) => DEFINITIONS.has(key));
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (reached.has(key)) continue;
    reached.add(key);
    const definition = DEFINITIONS.get(key);
    if (definition) pending.push(...definition.explain(context).uses);
  }
  return reached;
}

/**
 * What the named figures are computed from, in one walk: the figures (them included) and the
 * inputs (keys of `EstimateContext["inputs"]`), directly or through other figures. An input
 * outside `inputs` cannot move those figures.
 * @param keys - figure keys; keys that name no figure add nothing.
 */
export function dependenciesOf(
  keys: readonly string[],
  context: EstimateContext,
): { figures: Set<string>; inputs: Set<string> } {
  const figures = new Set<string>();
  const inputs = new Set<string>();
  for (const key of computedFrom(keys, context)) (DEFINITIONS.has(key) ? figures : inputs).add(key);
  return { figures, inputs };
}

/**
 * The figures to compute for a caller that reads only some: those named and every figure they
 * are computed from.
 * @param keys - figure keys; keys that name no figure add nothing.
 */
export function wantedFigures(keys: readonly string[], context: EstimateContext): Set<string> {
  return dependenciesOf(keys, context).figures;
}

/**
 * The inputs that the named figures are computed from (see {@link dependenciesOf}).
 * @param keys - figure keys.
 */
export function inputsOfFigures(keys: readonly string[], context: EstimateContext): Set<string> {
  return dependenciesOf(keys, context).inputs;
}
