import { createHash } from "node:crypto";
import type { Proposal } from "@forecard/schema";
import {
  type Estimate,
  type FigureDelta,
  type ScenarioEstimate,
  scenarioDeltas,
} from "./estimate.js";
import {
  compareWithReferences,
  DEFAULT_COMPARISON,
  TREND_CAVEATS,
  type TrendFit,
  trendExtrapolation,
} from "./reference/analysis.js";

/** The `estimate --json` document: one contract for the CLI, the report and library users (docs/estimate-json.md). */
export interface EstimateDocument {
  forecard: string;
  proposal: { name: string; file: string; sha256: string };
  monteCarlo: { samples: number; seed: number };
  figures: Estimate["figures"];
  warnings: Estimate["warnings"];
  assumptions: Estimate["assumptions"];
  sensitivity: Estimate["sensitivity"];
  /** Forecast (p5-p95) beside measured figures, when the proposal records actuals. */
  actuals?: NonNullable<Estimate["actuals"]>;
  comparison: ReturnType<typeof compareWithReferences>;
  trend: { fits: TrendFit[]; caveats: string[] };
  scenarios?: (Pick<ScenarioEstimate, "name" | "description" | "figures" | "warnings"> & {
    deltas: Record<string, FigureDelta>;
  })[];
}

/**
 * Builds the JSON contract from an estimate, naming the input by its SHA-256.
 * @param version - the Forecard version that produced it (the caller's package version).
 */
export function estimateDocument(
  version: string,
  proposal: Proposal,
  file: string,
  bytes: Uint8Array,
  result: { base: Estimate; scenarios: ScenarioEstimate[] },
  monteCarlo: { samples: number; seed: number },
  compareWith: readonly string[] = DEFAULT_COMPARISON,
): EstimateDocument {
  const document: EstimateDocument = {
    forecard: version,
    proposal: {
      name: proposal.model.name,
      file,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
    monteCarlo,
    figures: result.base.figures,
    warnings: result.base.warnings,
    assumptions: result.base.assumptions,
    sensitivity: result.base.sensitivity,
    ...(result.base.actuals ? { actuals: result.base.actuals } : {}),
    comparison: compareWithReferences(result.base, compareWith),
    trend: { fits: trendExtrapolation(result.base), caveats: TREND_CAVEATS },
  };
  if (proposal.scenarios?.length) {
    document.scenarios = result.scenarios.map((scenario) => ({
      name: scenario.name,
      ...(scenario.description ? { description: scenario.description } : {}),
      figures: scenario.figures,
      warnings: scenario.warnings,
      deltas: scenarioDeltas(result.base, scenario),
    }));
  }
  return document;
}
