import type { Proposal } from "@forecard/schema";
import { estimateProposal } from "../estimate.js";
import { PUBLISHED_RUNS, type PublishedRun } from "./published-runs.js";

/** One published-versus-estimated comparison. */
export interface BacktestRow {
  run: string;
  tier: "accounting" | "forecast";
  figure: "time.acceleratorHours" | "energy.trainingMWh" | "carbon.trainingOperationalTCO2e";
  published: number;
  estimated: number;
  /** (estimated - published) / published. */
  relativeError: number;
}

const FIGURES = [
  ["time.acceleratorHours", "acceleratorHours"],
  ["energy.trainingMWh", "energyMWh"],
  ["carbon.trainingOperationalTCO2e", "tCO2e"],
] as const;

function compare(run: PublishedRun, tier: BacktestRow["tier"], proposal: Proposal): BacktestRow[] {
  const { figures } = estimateProposal(proposal, { samples: 1 });
  const rows: BacktestRow[] = [];
  for (const [figure, field] of FIGURES) {
    const published = run.published[field];
    const estimated = figures[figure]?.value;
    if (published === undefined || estimated === undefined) continue;
    if (tier === "accounting" && figure === "time.acceleratorHours") continue;
    rows.push({
      run: run.name,
      tier,
      figure,
      published,
      estimated,
      relativeError: (estimated - published) / published,
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

/** The forecast-tier proposal: only size, tokens, accelerator type and count (and country) in. */
export function forecastProposal(run: PublishedRun): Proposal | undefined {
  if (!run.tokens) return undefined;
  return {
    schemaVersion: 1,
    model: { name: run.name },
    architecture: { parameters: run.parameters },
    training: {
      tokens: run.tokens,
      accelerator: run.accelerator,
      ...(run.acceleratorCount ? { acceleratorCount: run.acceleratorCount } : {}),
    },
    datacenter: { location: run.location },
  };
}

/** Replays every published run in both tiers. Pure: the runs are bundled data. */
export function runBacktest(runs: readonly PublishedRun[] = PUBLISHED_RUNS): BacktestRow[] {
  return runs.flatMap((run) => {
    const accounting = accountingProposal(run);
    const forecast = forecastProposal(run);
    return [
      ...(accounting ? compare(run, "accounting", accounting) : []),
      ...(forecast ? compare(run, "forecast", forecast) : []),
    ];
  });
}
