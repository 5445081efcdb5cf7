import { createHash } from "node:crypto";
import { estimateWithScenarios, runBacktest } from "@forecard/core-estimates";
import {
  BUILTIN_CHECKLISTS,
  checklistStatus,
  factsFromProposal,
  regulatoryChecklistIds,
} from "@forecard/ethics-checklist";
import type { ReportInput } from "@forecard/report";
import {
  estimateOrRefuse,
  proposalCalibration,
  proposalChecklists,
  refuseFutureReviews,
  requireProposal,
} from "@forecard/workspace";
import { judgeForReport } from "./report-policy.js";
import { FORECARD_VERSION } from "./version.js";

// The backtest replays the bundled published runs (most of a second); its result is the same for
// every proposal, so a batch computes it once, and only when a document can show it.
let backtestRows: ReturnType<typeof runBacktest> | undefined;
const backtest = () => {
  backtestRows ??= runBacktest();
  return backtestRows;
};

/** Options shared by every command that estimates and judges a proposal. */
export interface AnalysisOptions {
  /** Report date and the "today" of checklist staleness, YYYY-MM-DD. */
  date: string;
  samples: number;
  seed: number;
  /** Answers older than this many days are stale. */
  maxAgeDays?: number;
  /** A policy file to judge the proposal against (`report --policy`). */
  policyFile?: string;
  /**
   * Whether to attach the backtest for the calibration box (see `showsCalibration`); true when
   * omitted. Documents that cannot show it need not wait for the replay.
   */
  withBacktest?: boolean;
}

/**
 * Reads a proposal and computes everything a report shows: estimate with scenarios, checklist
 * statuses and the input's SHA-256.
 * @throws UserError when the proposal or a checklist it names is invalid.
 */
export function analyseProposal(
  file: string,
  options: AnalysisOptions,
): ReportInput & { bytes: Uint8Array } {
  const { proposal, bytes, locator, raw } = requireProposal(file);
  refuseFutureReviews(proposal, file, locator, options.date);
  const calibration = proposalCalibration(proposal, file, locator);
  const estimate = estimateOrRefuse(file, locator, () =>
    estimateWithScenarios(proposal, {
      samples: options.samples,
      seed: options.seed,
      calibration,
    }),
  );
  // The documents print every figure the estimate has: items asking whether one is disclosed are
  // answered by that disclosure.
  const facts = factsFromProposal(
    proposal,
    estimate.base.figures["compute.trainingFlops"]?.value,
    Object.keys(estimate.base.figures),
  );
  const answered = proposalChecklists(proposal, file, locator);
  // A general-purpose model is documented against Annex XI whether or not the proposal answers it.
  const regulatory = regulatoryChecklistIds(facts)
    .filter((id) => !answered.some((c) => c.id === id))
    .flatMap((id) => BUILTIN_CHECKLISTS[id] ?? []);
  const checklists = [...answered, ...regulatory].map((c) =>
    checklistStatus(c, proposal, facts, { today: options.date, maxAgeDays: options.maxAgeDays }),
  );
  // The policy sees the checklists the proposal answers, as `check` does, and the report's estimate.
  const policy = options.policyFile
    ? judgeForReport(options.policyFile, {
        file,
        proposal,
        raw,
        locator,
        checklists: answered,
        estimate,
        today: options.date,
        samples: options.samples,
        seed: options.seed,
      })
    : undefined;
  return {
    proposal,
    file,
    bytes,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    estimate,
    checklists,
    date: options.date,
    forecardVersion: FORECARD_VERSION,
    monteCarlo: { samples: options.samples, seed: options.seed },
    ...(policy ? { policy } : {}),
    ...(options.withBacktest === false ? {} : { calibration: backtest() }),
  };
}
