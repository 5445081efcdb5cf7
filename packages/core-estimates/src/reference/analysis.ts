import type { Estimate } from "../estimate.js";
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

/** The proposal's size relative to one reference model. */
export interface ComparisonRow {
  id: string;
  name: string;
  year: number;
  /** Proposal / reference, per metric; absent when either side lacks the value. */
  ratios: Partial<Record<(typeof METRICS)[number]["label"], number>>;
  sources: string[];
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
      const theirs = model[metric.field as keyof ReferenceModel] as
        | { value: number; source: string }
        | undefined;
      if (mine === undefined || !theirs) continue;
      ratios[metric.label] = mine / theirs.value;
      sources.push(theirs.source);
    }
    return {
      id: model.id,
      name: model.name,
      year: model.year,
      ratios,
      sources: [...new Set(sources)],
    };
  });
  const ranks: Rank[] = METRICS.flatMap((metric) => {
    const mine = estimate.figures[metric.figure]?.value;
    if (mine === undefined) return [];
    const values = REFERENCE_MODELS.flatMap((m) => {
      const value = (m[metric.field as keyof ReferenceModel] as { value: number } | undefined)
        ?.value;
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
