import { FIGURE_DEFINITIONS } from "./evaluate.js";
import type { EstimateContext } from "./inputs.js";

const DEFINITIONS = new Map(FIGURE_DEFINITIONS.map((definition) => [definition.key, definition]));

/**
 * The figures to compute for a caller that reads only some: those named and every figure they
 * are computed from, found by following each figure's `uses` back for this proposal's inputs.
 * @param keys - figure keys; keys that name no figure add nothing.
 */
export function wantedFigures(keys: readonly string[], context: EstimateContext): Set<string> {
  const wanted = new Set<string>();
  const pending = [...keys];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    const definition = DEFINITIONS.get(key);
    if (!definition || wanted.has(key)) continue;
    wanted.add(key);
    pending.push(...definition.explain(context).uses);
  }
  return wanted;
}
