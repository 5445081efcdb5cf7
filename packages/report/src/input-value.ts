import type { Estimate } from "@forecard/core-estimates";
import type { Proposal } from "@forecard/schema";

/** Where a value the estimate used comes from. */
export type InputOrigin = "proposal" | "default" | "figure";

/** One input value as the estimate used it: its likely number (or text) and where it comes from. */
export interface InputValue {
  path: string;
  value: unknown;
  /** The likely value when the input is a number or a low/likely/high range. */
  likely?: number;
  origin: InputOrigin;
  sources: string[];
}

function at(root: unknown, path: string): unknown {
  let current = root;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key))
      return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The likely number of a plain number or a low/likely/high range; undefined otherwise. */
export function likelyOf(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "likely" in value) {
    const likely = (value as { likely: unknown }).likely;
    return typeof likely === "number" ? likely : undefined;
  }
  return undefined;
}

/**
 * Looks up an input by its proposal path (or a figure key): the proposal's own value first, then
 * the default the estimate assumed, then a computed figure.
 */
export function inputValue(
  proposal: Proposal,
  estimate: Estimate,
  file: string,
  path: string,
): InputValue | undefined {
  const own = at(proposal, path);
  if (own !== undefined)
    return { path, value: own, likely: likelyOf(own), origin: "proposal", sources: [file] };
  const assumption = estimate.assumptions.find((a) => a.path === path);
  if (assumption)
    return {
      path,
      value: assumption.value,
      likely: likelyOf(assumption.value),
      origin: "default",
      sources: assumption.sources,
    };
  const figure = estimate.figures[path];
  if (figure)
    return {
      path,
      value: figure.value,
      // Substituted into formulas, so the arithmetic at the likely inputs holds throughout.
      likely: figure.likely,
      origin: "figure",
      sources: figure.sources,
    };
  return undefined;
}
