import { evaluate } from "./evaluate.js";
import type { Point } from "./figures/definition.js";
import type { EstimateContext } from "./inputs.js";
import { rangedInputs } from "./monte-carlo.js";
import { dependenciesOf } from "./wanted-figures.js";

/** Figures the tornado chart ranks inputs for. */
export const HEADLINE_FIGURES = [
  "time.acceleratorHours",
  "energy.trainingMWh",
  "carbon.trainingTotalTCO2e",
  "water.trainingKL",
  "cost.trainingUsd",
] as const;

/** How far one ranged input swings one headline figure, others held at their likely values. */
export interface Swing {
  figure: string;
  /** Proposal path of the input. */
  input: string;
  atLow: number;
  atHigh: number;
  /** |atHigh - atLow|, in the figure's unit. */
  swing: number;
}

/**
 * One-at-a-time sensitivity for a tornado chart: each ranged input moved to its low and high.
 * @returns swings sorted by figure, then largest first.
 */
export function sensitivity(context: EstimateContext, base: Point): Swing[] {
  const swings: Swing[] = [];
  // Only the headline figures and what they are computed from: the loss and inference figures
  // would take most of each evaluation, and no swing reads them. Inputs they are not computed
  // from (the loss and inference inputs) swing nothing, so they are not moved.
  const { figures: wanted, inputs: swinging } = dependenciesOf(HEADLINE_FIGURES, context);
  for (const [key, range] of rangedInputs(context)) {
    if (!swinging.has(key)) continue;
    const low = evaluate({ ...base, [key]: range.low }, context, wanted);
    const high = evaluate({ ...base, [key]: range.high }, context, wanted);
    for (const figure of HEADLINE_FIGURES) {
      const atLow = low[figure];
      const atHigh = high[figure];
      if (atLow === undefined || atHigh === undefined || atLow === atHigh) continue;
      const input = context.inputs[key]?.path ?? key;
      swings.push({ figure, input, atLow, atHigh, swing: Math.abs(atHigh - atLow) });
    }
  }
  const order = (figure: string) =>
    HEADLINE_FIGURES.indexOf(figure as (typeof HEADLINE_FIGURES)[number]);
  return swings.sort((a, b) => order(a.figure) - order(b.figure) || b.swing - a.swing);
}
