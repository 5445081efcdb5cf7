import { ACCELERATORS, peakFlopsPerSecond } from "../catalog/accelerators.js";
import { PUBLISHED_RUNS, type PublishedRun } from "./published-runs.js";

/** One run's effective utilisation: achieved 6·N·D FLOPs over accelerator-hours at bf16/fp16 peak. */
export interface UtilisationPoint {
  run: string;
  effectiveUtilisation: number;
}

/**
 * Effective utilisation of each published run with tokens and accelerator-hours:
 * 6 · parameters · tokens / (hours · 3600 · dense 16-bit peak). It folds MFU and overheads together;
 * DEFAULT_MFU is this spread times the default overhead factor.
 */
export function effectiveUtilisation(
  runs: readonly PublishedRun[] = PUBLISHED_RUNS,
): UtilisationPoint[] {
  return runs.flatMap((run) => {
    const hours = run.published.acceleratorHours;
    const peak = peakFlopsPerSecond(ACCELERATORS[run.accelerator], "bf16")?.flopsPerSecond;
    if (!run.tokens || !hours || !peak) return [];
    return [
      {
        run: run.name,
        effectiveUtilisation: (6 * run.parameters * run.tokens) / (hours * 3600 * peak),
      },
    ];
  });
}
