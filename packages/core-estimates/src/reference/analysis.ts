import { DEFAULT_PUE } from "../catalog/datacenter.js";
import type { Estimate } from "../estimate.js";
import { SOURCES } from "../sources.js";
import { REFERENCE_MODELS, type ReferenceModel, referenceModels } from "./models.js";
import { firstYearReaching, fitPolynomial, predict } from "./trend.js";

/**
 * Reference models compared by default: the milestones a reader knows (BERT, GPT-3, GPT-4, PaLM)
 * and the largest open dense and MoE runs (Llama 3.1 405B, DeepSeek-V3).
 */
export const DEFAULT_COMPARISON = [
  "bert-large",
  "gpt-3",
  "gpt-4",
  "palm",
  "llama-3.1-405b",
  "deepseek-v3",
];

const METRICS = [
  { figure: "parameters.total", field: "parametersTotal", label: "parameters" },
  { figure: "compute.trainingFlops", field: "trainingFlops", label: "training compute" },
  { figure: "energy.trainingMWh", field: "energyMWh", label: "training energy" },
  { figure: "carbon.trainingOperationalTCO2e", field: "tCO2e", label: "operational carbon" },
] as const;

/**
 * The one boundary every energy comparison is on: facility energy, IT energy x PUE, the boundary of
 * Forecard's energy.trainingMWh (accelerator-hours x power x PUE).
 */
export const COMPARISON_ENERGY_BOUNDARY =
  "facility energy (IT energy x PUE), the boundary of Forecard's training energy estimate";

/** A reference model's published training energy, put on the facility boundary. */
export interface FacilityEnergy {
  /** As published, MWh. */
  publishedMWh: number;
  /** The published figure's boundary. */
  boundary: "facility" | "it";
  /** PUE that converted an IT-only figure, with its source; absent when the figure includes PUE. */
  pue?: number;
  pueSource?: string;
  /** On the facility boundary, MWh: published x pue for an IT-only figure. */
  facilityMWh: number;
}

/**
 * A reference model's training energy on the facility boundary: an IT-only figure is multiplied
 * by the PUE its source states, or by the default PUE of AI datacenters (Shehabi et al. 2024).
 */
export function facilityEnergy(model: ReferenceModel): FacilityEnergy | undefined {
  const energy = model.energyMWh;
  if (!energy) return undefined;
  if (energy.boundary.kind === "facility")
    return { publishedMWh: energy.value, boundary: "facility", facilityMWh: energy.value };
  const stated = energy.boundary.pue;
  const pue = stated ?? DEFAULT_PUE.other.value;
  return {
    publishedMWh: energy.value,
    boundary: "it",
    pue,
    pueSource:
      stated === undefined
        ? SOURCES[DEFAULT_PUE.other.source]
        : (energy.boundary.pueSource ?? energy.source),
    facilityMWh: energy.value * pue,
  };
}

/** The proposal's size relative to one reference model. */
export interface ComparisonRow {
  id: string;
  name: string;
  year: number;
  /** Proposal / reference, per metric; absent when either side lacks the value. Energy is on the facility boundary. */
  ratios: Partial<Record<(typeof METRICS)[number]["label"], number>>;
  /** The reference's energy as published and on the facility boundary, when it has one. */
  energy?: FacilityEnergy;
  sources: string[];
}

// A metric's reference value on the comparison's boundary (energy: facility).
function referenceValue(
  model: ReferenceModel,
  field: (typeof METRICS)[number]["field"],
): { value: number; sources: string[] } | undefined {
  if (field === "energyMWh") {
    const energy = facilityEnergy(model);
    if (!energy || !model.energyMWh) return undefined;
    return {
      value: energy.facilityMWh,
      sources: [model.energyMWh.source, ...(energy.pueSource ? [energy.pueSource] : [])],
    };
  }
  const value = model[field];
  return value ? { value: value.value, sources: [value.source] } : undefined;
}

/** Where the proposal would rank among the catalog, 1 being the largest. */
export interface Rank {
  metric: string;
  rank: number;
  of: number;
}

/** Proposal-to-reference ratios and catalog ranks on parameters, compute, energy and carbon. */
export function compareWithReferences(
  estimate: Estimate,
  ids: readonly string[] = DEFAULT_COMPARISON,
) {
  const rows: ComparisonRow[] = referenceModels(ids).map((model) => {
    const ratios: ComparisonRow["ratios"] = {};
    const sources: string[] = [];
    for (const metric of METRICS) {
      const mine = estimate.figures[metric.figure]?.value;
      const theirs = referenceValue(model, metric.field);
      if (mine === undefined || !theirs) continue;
      ratios[metric.label] = mine / theirs.value;
      sources.push(...theirs.sources);
    }
    const energy = facilityEnergy(model);
    return {
      id: model.id,
      name: model.name,
      year: model.year,
      ratios,
      ...(energy ? { energy } : {}),
      sources: [...new Set(sources)],
    };
  });
  const ranks: Rank[] = METRICS.flatMap((metric) => {
    const mine = estimate.figures[metric.figure]?.value;
    if (mine === undefined) return [];
    const values = REFERENCE_MODELS.flatMap((m) => {
      const value = referenceValue(m, metric.field)?.value;
      return value === undefined ? [] : [value];
    });
    return [
      {
        metric: metric.label,
        rank: values.filter((x) => x > mine).length + 1,
        of: values.length + 1,
      },
    ];
  });
  return { rows, ranks };
}

/** A trend in log10 of a quantity against publication year, and when it reaches the proposal. */
export interface TrendFit {
  quantity: "parameters" | "training compute";
  kind: "linear" | "quadratic";
  n: number;
  r2: number;
  /** Years for the quantity to double at the latest catalog year (linear: constant); absent when the fit is not growing there. */
  doublingYears?: number;
  /** Year the fitted curve reaches the proposal's value, with the 95% prediction interval. */
  reachYear?: number;
  reachYearEarliest?: number;
  reachYearLatest?: number;
}

/** Below this R² a trend fit is too weak to state a growth rate or the year it reaches a model. */
export const MIN_TREND_R2 = 0.5;

/** What trend extrapolation cannot tell: said with every trend. */
export const TREND_CAVEATS = [
  "The catalog is a hand-picked set of notable models, not a census; its trend is biased toward what was published.",
  "Publication year is a coarse clock, and years repeat across models.",
  "Extrapolating a log-linear trend decades ahead assumes today's growth in budgets and hardware continues; the quadratic fit shows how much the answer depends on that.",
];

function trendsFor(
  quantity: TrendFit["quantity"],
  points: { year: number; value: number }[],
  target: number,
): TrendFit[] {
  const xs = points.map((p) => p.year);
  const ys = points.map((p) => Math.log10(p.value));
  const last = Math.max(...xs);
  const goal = Math.log10(target);
  return ([1, 2] as const).map((degree) => {
    const fit = fitPolynomial(xs, ys, degree);
    const slopeAtLast =
      (fit.coefficients[1] ?? 0) +
      (degree === 2 ? 2 * (fit.coefficients[2] ?? 0) * (last - fit.xCentre) : 0);
    return {
      quantity,
      kind: degree === 1 ? "linear" : "quadratic",
      n: fit.n,
      r2: fit.r2,
      doublingYears: slopeAtLast > 0 ? Math.log10(2) / slopeAtLast : undefined,
      reachYear: firstYearReaching((x) => predict(fit, x).value, goal, last),
      reachYearEarliest: firstYearReaching((x) => predict(fit, x).high, goal, last),
      reachYearLatest: firstYearReaching((x) => predict(fit, x).low, goal, last),
    };
  });
}

/**
 * Fits log10(parameters) and log10(training compute) against year over the catalog, linearly and
 * quadratically, and finds the year each fit reaches the proposal's scale.
 */
export function trendExtrapolation(estimate: Estimate): TrendFit[] {
  const params = estimate.figures["parameters.total"]?.value;
  const flops = estimate.figures["compute.trainingFlops"]?.value;
  const out: TrendFit[] = [];
  if (params !== undefined) {
    out.push(
      ...trendsFor(
        "parameters",
        REFERENCE_MODELS.map((m) => ({ year: m.year, value: m.parametersTotal.value })),
        params,
      ),
    );
  }
  if (flops !== undefined) {
    const points = REFERENCE_MODELS.flatMap((m) =>
      m.trainingFlops ? [{ year: m.year, value: m.trainingFlops.value }] : [],
    );
    out.push(...trendsFor("training compute", points, flops));
  }
  return out;
}
