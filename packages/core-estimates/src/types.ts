import type { FigureKey } from "@forecard/schema";

/** A default or derived value the estimate relied on, with where it comes from. */
export interface Assumption {
  /** Proposal path the value stands in for. */
  path: string;
  value: unknown;
  /** Citation texts or source ids. */
  sources: string[];
  /** What was assumed, in a sentence. */
  note: string;
}

/** A finding about the proposal's plausibility, with a stable code tools can match. */
export interface EstimateWarning {
  code:
    | "UNDERTRAINED"
    | "TRAINING_STATE_DOES_NOT_FIT"
    | "TRAINING_OVER_A_YEAR"
    | "MFU_ABOVE_PUBLISHED"
    | "UNKNOWN_LOCATION"
    | "PRECISION_NOT_NATIVE"
    | "INCONSISTENT_INPUTS"
    | "DATA_STOCK_EXCEEDED"
    | "EXTRAPOLATED_SCALING_LAW"
    | "COMPUTE_OPTIMAL_EXCEEDS_DATA_STOCK";
  message: string;
  /** The proposal path the warning concerns. */
  path?: string;
}

/** One computed figure with its uncertainty and provenance (docs/estimate-json.md). */
export interface Figure {
  /** The median over the Monte Carlo (the figure at the likely inputs when sampled once). */
  value: number;
  /** 5th, 50th and 95th percentiles over the Monte Carlo (equal to value when no input is a range). */
  p5: number;
  p50: number;
  p95: number;
  /**
   * The figure at the likely inputs (every range at its likely value), in its unit: what the
   * formula gives with the numbers a reader substitutes by hand. The headline is the median.
   */
  likely: number;
  unit: string;
  formula: string;
  /** Proposal paths of the inputs the figure used. */
  inputs: string[];
  sources: string[];
}

/** Figure keys: the budgetable ones of @forecard/schema plus companions this package adds. */
export type AnyFigureKey = FigureKey | `${string}.${string}`;
