import { FIGURE_DEFINITIONS } from "./evaluate.js";
import type { EstimateContext } from "./inputs.js";

const DEFINITIONS = new Map(FIGURE_DEFINITIONS.map((definition) => [definition.key, definition]));

/**
 * The named figures and everything they are computed from, figures and inputs alike, found by
 * following each figure's `uses` back for this proposal's inputs.
 */
function computedFrom(keys: readonly string[], context: EstimateContext): Set<string> {
  const reached = new Set<string>();
  const pending = [...keys];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (reached.has(key)) continue;
    reached.add(key);
    const definition = DEFINITIONS.get(key);
    if (definition) pending.push(...definition.explain(context).uses);
  }
  return reached;
}

/**
 * The figures to compute for a caller that reads only some: those named and every figure they
 * are computed from.
 * @param keys - figure keys; keys that name no figure add nothing.
 */
export function wantedFigures(keys: readonly string[], context: EstimateContext): Set<string> {
  return new Set([...computedFrom(keys, context)].filter((key) => DEFINITIONS.has(key)));
}

/**
 * The inputs (keys of `EstimateContext["inputs"]`) that the named figures are computed from,
 * directly or through other figures: an input outside them cannot move those figures.
 * @param keys - figure keys.
 */
export function inputsOfFigures(keys: readonly string[], context: EstimateContext): Set<string> {
  return new Set([...computedFrom(keys, context)].filter((key) => !DEFINITIONS.has(key)));
}
