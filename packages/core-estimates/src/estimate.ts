import { mergeOverrides, PARSE_ONCE, type Proposal, proposalSchema } from "@forecard/schema";
import { actualFigures } from "./actuals/actual-figures.js";
import { type ForecastVersusActual, forecastVersusActual } from "./actuals/forecast-vs-actual.js";
import {
  applyCalibration,
  type Calibration,
  calibrationAssumption,
} from "./calibration/apply-calibration.js";
import { withColumnPool } from "./column-pool.js";
import { evaluate, FIGURE_DEFINITIONS, type Reuse } from "./evaluate.js";
import type { EvaluationRecord } from "./figure-reuse.js";
import type { Computed } from "./figures/definition.js";
import { likelyPoint, resolveInputs } from "./inputs.js";
import { monteCarlo } from "./monte-carlo.js";
import { NonFiniteFigureError } from "./non-finite.js";
import type { SampleCache } from "./sampling.js";
import { type Swing, sensitivity } from "./sensitivity.js";
import { cite, type SourceId } from "./sources.js";
import type { Assumption, EstimateWarning, Figure } from "./types.js";
import type { UtilisationModel } from "./utilisation-fit.js";
import { wantedFigures } from "./wanted-figures.js";
import { plausibilityWarnings } from "./warnings.js";

/** The likely-input figures with each estimated one replaced by its headline median. */
function headlineOf(likely: Computed, figures: Record<string, Figure>): Computed {
  const headline: Computed = { ...likely };
  for (const [key, figure] of Object.entries(figures)) headline[key] = figure.value;
  return headline;
}

/** Options of {@link estimate}. */
export interface EstimateOptions {
  /** Monte Carlo samples. @default 10000 */
  samples?: number;
  /** PRNG seed; the same seed gives the same percentiles. @default 1 */
  seed?: number;
  /** Loss law for the compute-optimal split and the loss; overrides `training.scalingLaw`. */
  scalingLaw?: "hoffmann2022" | "besiroglu2024";
  /** An organisation's calibration and where it came from (file name and SHA-256). */
  calibration?: { calibration: Calibration; source: string };
  /** Utilisation model to forecast hours with. @default the fit on every calibration run */
  utilisationModel?: UtilisationModel;
  /**
   * Figure keys to estimate, for a caller that reads only these (a policy gate). They and the
   * figures they are computed from come out exactly as in a whole estimate; every other figure is
   * left out of `figures`, `assumptions`, `warnings` and `actuals`. @default every figure
   */
  figures?: readonly string[];
}

/** The estimate of one proposal (or scenario): figures with provenance, warnings and assumptions. */
export interface Estimate {
  figures: Record<string, Figure>;
  warnings: EstimateWarning[];
  assumptions: Assumption[];
  /** One-at-a-time swings of headline figures, for a tornado chart. */
  sensitivity: Swing[];
  /** Forecast beside measured figures, when the proposal records actuals. */
  actuals?: ForecastVersusActual[];
  /** The loss law behind every scaling figure of this estimate. */
  scalingLaw: "hoffmann2022" | "besiroglu2024";
}

/** An estimate without its sensitivity: what a policy gate reads. */
export type EstimateWithoutSensitivity = Omit<Estimate, "sensitivity">;

/**
 * A scenario's estimate, beside the base. It has no sensitivity of its own: the tornado chart is
 * drawn for the base alone, and the swings of every scenario cost more than its Monte Carlo reuse.
 */
export interface ScenarioEstimate extends EstimateWithoutSensitivity {
  name: string;
  description?: string;
}

/** How a scenario's figure differs from the base's: absolute (in the figure's unit) and percent. */
export interface FigureDelta {
  absolute: number;
  /** Absent when the base value is 0. */
  percent?: number;
}

/** The change of every figure a scenario shares with the base; figures that did not move are left out. */
export function scenarioDeltas(
  base: Pick<Estimate, "figures">,
  scenario: Pick<Estimate, "figures">,
): Record<string, FigureDelta> {
  const out: Record<string, FigureDelta> = {};
  for (const [key, figure] of Object.entries(scenario.figures)) {
    const before = base.figures[key];
    if (!before || before.value === figure.value) continue;
    const absolute = figure.value - before.value;
    out[key] =
      before.value === 0 ? { absolute } : { absolute, percent: (absolute / before.value) * 100 };
  }
  return out;
}

/** Default number of Monte Carlo samples. */
export const DEFAULT_SAMPLES = 10_000;

/**
 * Estimates every figure a proposal's inputs allow, with p5/p50/p95 from a seeded Monte Carlo;
 * each figure's value is its median. With `samples: 1` the figures are evaluated once, at the
 * likely inputs, and carry no spread. Pure: the same proposal and options always give the same result.
 * @throws NonFiniteFigureError when an input drives a figure to infinity or NaN.
 * @example estimate(proposal).figures["energy.trainingMWh"].value // median MWh
 */
export function estimateProposal(proposal: Proposal, options: EstimateOptions = {}): Estimate {
  return withColumnPool(() => estimateSharing(proposal, options, true));
}

/**
 * {@link estimateProposal} without the sensitivity, for a caller that reads only figures, warnings
 * and assumptions (a policy gate): the swings take two more evaluations per ranged input, which
 * cost `check` several milliseconds of its cold start.
 */
export function estimateWithoutSensitivity(
  proposal: Proposal,
  options: EstimateOptions = {},
): EstimateWithoutSensitivity {
  return withColumnPool(() => estimateSharing(proposal, options, false));
}

/**
 * {@link estimateProposal}, reusing the sampled columns of inputs an earlier estimate drew alike;
 * without the sensitivity when it is not asked for.
 */
function estimateSharing(
  proposal: Proposal,
  options: EstimateOptions,
  withSensitivity: true,
  cache?: SampleCache,
  reuse?: Reuse,
): Estimate;
function estimateSharing(
  proposal: Proposal,
  options: EstimateOptions,
  withSensitivity: false,
  cache?: SampleCache,
  reuse?: Reuse,
): EstimateWithoutSensitivity;
function estimateSharing(
  proposal: Proposal,
  options: EstimateOptions,
  withSensitivity: boolean,
  cache?: SampleCache,
  reuse?: Reuse,
): EstimateWithoutSensitivity {
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const seed = options.seed ?? 1;
  const context = resolveInputs(proposal, options);
  const point = likelyPoint(context);
  const wanted = options.figures ? wantedFigures(options.figures, context) : undefined;
  const likely = evaluate(point, context, wanted);
  const spread =
    samples > 1 ? monteCarlo(context, point, { samples, seed, cache, reuse, wanted }) : {};

  const figures: Record<string, Figure> = {};
  const assumptions: Assumption[] = context.assumptions.map((a) => ({
    ...a,
    // Inside the package assumptions carry source ids; users see the citations.
    sources: cite(a.sources as SourceId[]),
  }));
  for (const definition of FIGURE_DEFINITIONS) {
    if (wanted && !wanted.has(definition.key)) continue;
    const value = likely[definition.key];
    if (value === undefined) {
      assumptions.push({
        path: definition.key,
        value: null,
        sources: [],
        note: `not estimated: needs ${definition.needs}`,
      });
      continue;
    }
    const explanation = definition.explain(context);
    const inputs = explanation.uses.map(
      (use) => context.inputs[use as keyof typeof context.inputs]?.path ?? use,
    );
    const percentiles = spread[definition.key] ?? { p5: value, p50: value, p95: value };
    // Checked before the figure is stored: a later figure must never combine an infinite one.
    if (![value, percentiles.p5, percentiles.p50, percentiles.p95].every(Number.isFinite))
      throw new NonFiniteFigureError(definition.key, inputs);
    // A figure that only combines other figures names their sources.
    const sources = explanation.sources.length
      ? cite(explanation.sources)
      : [...new Set(explanation.uses.flatMap((use) => figures[use]?.sources ?? []))];
    figures[definition.key] = {
      value: percentiles.p50,
      ...percentiles,
      likely: value,
      unit: definition.unit,
      formula: explanation.formula,
      inputs,
      sources,
    };
  }
  const calibrated = options.calibration
    ? applyCalibration(figures, options.calibration.calibration)
    : figures;
  if (options.calibration)
    assumptions.push(
      calibrationAssumption(options.calibration.calibration, options.calibration.source),
    );
  return {
    figures: calibrated,
    // Warnings quote the headline (median) figures, so "501 days" never sits beside "498 days".
    warnings: [
      ...context.warnings,
      ...plausibilityWarnings(point, headlineOf(likely, figures), context),
    ],
    assumptions,
    ...(withSensitivity ? { sensitivity: sensitivity(context, point) } : {}),
    ...(proposal.actuals
      ? { actuals: forecastVersusActual(calibrated, actualFigures(proposal)) }
      : {}),
    scalingLaw: context.scalingLaw,
  };
}

/**
 * Estimates the base proposal and each scenario (overrides deep-merged over the base).
 * @throws Error when a scenario makes the proposal invalid; `loadProposal` reports that first.
 */
export function estimateWithScenarios(
  proposal: Proposal,
  options: EstimateOptions = {},
): { base: Estimate; scenarios: ScenarioEstimate[] } {
  return withColumnPool(() => estimateBaseAndScenarios(proposal, options));
}

function estimateBaseAndScenarios(
  proposal: Proposal,
  options: EstimateOptions,
): { base: Estimate; scenarios: ScenarioEstimate[] } {
  // Scenarios share the base's random numbers (common random numbers): their deltas carry less noise.
  const cache: SampleCache = new Map();
  // Scenarios also reuse every figure of the base's Monte Carlo whose inputs they leave as they were.
  const record: EvaluationRecord = new Map();
  const base = estimateSharing(proposal, options, true, cache, { record });
  const scenarios = (proposal.scenarios ?? []).map((scenario) => ({
    name: scenario.name,
    description: scenario.description,
    ...estimateSharing(scenarioProposal(proposal, scenario), options, false, cache, {
      from: record,
    }),
  }));
  return { base, scenarios };
}

/** One of a proposal's scenarios, as written in the proposal file. */
export type Scenario = NonNullable<Proposal["scenarios"]>[number];

/**
 * The proposal a scenario describes: its overrides deep-merged over the base, then validated.
 * Estimated alone, it gives exactly the scenario's figures in {@link estimateWithScenarios}.
 * @throws Error when the overrides make the proposal invalid; `loadProposal` reports that first.
 */
export function scenarioProposal(proposal: Proposal, scenario: Scenario): Proposal {
  const merged = mergeOverrides(proposal as unknown as Record<string, unknown>, scenario.overrides);
  if (!merged.ok) throw new Error(`scenario ${scenario.name}: ${merged.message}`);
  return proposalSchema.parse(merged.value, PARSE_ONCE);
}
