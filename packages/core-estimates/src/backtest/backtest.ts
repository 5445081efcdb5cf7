import type { Proposal } from "@forecard/schema";
import { ACCELERATORS, peakFlopsPerSecond } from "../catalog/accelerators.js";
import { PUBLISHED_RUNS, type PublishedRun } from "../catalog/published-runs.js";
import { estimateProposal } from "../estimate.js";
import { calibrationPoints, type UtilisationModel, utilisationModel } from "../utilisation-fit.js";

/** One published-versus-estimated comparison. */
export interface BacktestRow {
  run: string;
  tier: "accounting" | "forecast";
  figure: "time.acceleratorHours" | "energy.trainingMWh" | "carbon.trainingOperationalTCO2e";
  published: number;
  /** The estimate's median. */
  estimated: number;
  p5: number;
  p95: number;
  /** (estimated - published) / published. */
  relativeError: number;
  /** The naive baseline 6·N·D / (0.4 · dense bf16 peak), for accelerator-hours only. */
  naive?: number;
}

/** Monte Carlo samples per replayed run: enough for stable 5th and 95th percentiles. */
export const BACKTEST_SAMPLES = 2000;

/** Utilisation of the naive baseline: 6·N·D at 40% of the dense bf16 peak. */
export const NAIVE_UTILISATION = 0.4;

const FIGURES = [
  ["time.acceleratorHours", "acceleratorHours"],
  ["energy.trainingMWh", "energyMWh"],
  ["carbon.trainingOperationalTCO2e", "tCO2e"],
] as const;

/** Accelerator-hours of the naive baseline, or undefined without tokens or a bf16 peak. */
export function naiveHours(run: PublishedRun): number | undefined {
  const peak = peakFlopsPerSecond(ACCELERATORS[run.accelerator], "bf16")?.flopsPerSecond;
  const active = run.activeParameters ?? run.parameters;
  const flops = run.tokens ? 6 * active * run.tokens : run.flops;
  if (!flops || !peak) return undefined;
  return flops / (NAIVE_UTILISATION * peak * 3600);
}

function compare(
  run: PublishedRun,
  tier: BacktestRow["tier"],
  proposal: Proposal,
  model?: UtilisationModel,
): BacktestRow[] {
  const { figures } = estimateProposal(proposal, {
    samples: BACKTEST_SAMPLES,
    ...(model ? { utilisationModel: model } : {}),
  });
  const rows: BacktestRow[] = [];
  for (const [figure, field] of FIGURES) {
    const published = run.published[field];
    const estimate = figures[figure];
    if (published === undefined || estimate === undefined) continue;
    if (tier === "accounting" && figure === "time.acceleratorHours") continue;
    const naive = figure === "time.acceleratorHours" ? naiveHours(run) : undefined;
    rows.push({
      run: run.name,
      tier,
      figure,
      published,
      estimated: estimate.value,
      p5: estimate.p5,
      p95: estimate.p95,
      relativeError: (estimate.value - published) / published,
      ...(naive === undefined ? {} : { naive }),
    });
  }
  return rows;
}

/** The accounting-tier proposal: published hours, power, PUE and grid intensity in. */
export function accountingProposal(run: PublishedRun): Proposal | undefined {
  if (!run.accounting) return undefined;
  const a = run.accounting;
  return {
    schemaVersion: 1,
    model: { name: run.name },
    architecture: { parameters: run.parameters },
    training: {
      accelerator: run.accelerator,
      acceleratorHours: a.acceleratorHours,
      powerWatts: a.powerWatts,
      overheadFactor: 1,
    },
    datacenter: { pue: a.pue, carbonIntensity: a.kgCO2ePerKWh },
  };
}

/**
 * The forecast-tier proposal: only what a proposal would state before training: size (and active
 * size), tokens (or compute), precision, accelerator type and count, and country.
 */
export function forecastProposal(run: PublishedRun): Proposal | undefined {
  if (!run.tokens && !run.flops) return undefined;
  return {
    schemaVersion: 1,
    model: { name: run.name },
    architecture: {
      parameters: run.parameters,
      ...(run.activeParameters ? { activeParameters: run.activeParameters } : {}),
    },
    training: {
      ...(run.tokens ? { tokens: run.tokens } : { flops: run.flops }),
      accelerator: run.accelerator,
      ...(run.precision ? { precision: run.precision } : {}),
      ...(run.acceleratorCount ? { acceleratorCount: run.acceleratorCount } : {}),
    },
    ...(run.location ? { datacenter: { location: run.location } } : {}),
  };
}

/**
 * Replays every published run in both tiers. The forecast tier is leave-one-out: each run is
 * estimated with the utilisation model fitted on all the other runs. Pure: the runs are bundled data.
 */
export function runBacktest(runs: readonly PublishedRun[] = PUBLISHED_RUNS): BacktestRow[] {
  const points = calibrationPoints(runs);
  return runs.flatMap((run) => {
    const accounting = accountingProposal(run);
    const forecast = forecastProposal(run);
    const others = points.filter((p) => p.run !== run.name);
    const model = others.length < points.length ? utilisationModel(others) : undefined;
    return [
      ...(accounting ? compare(run, "accounting", accounting) : []),
      ...(forecast ? compare(run, "forecast", forecast, model) : []),
    ];
  });
}
