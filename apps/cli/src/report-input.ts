import { createHash } from "node:crypto";
import { estimateWithScenarios } from "@forecard/core-estimates";
import { checklistStatus, factsFromProposal } from "@forecard/ethics-checklist";
import type { ReportInput } from "@forecard/report";
import { proposalCalibration, proposalChecklists, requireProposal } from "@forecard/workspace";
import { FORECARD_VERSION } from "./version.js";

/** Options shared by every command that estimates and judges a proposal. */
export interface AnalysisOptions {
  /** Report date and the "today" of checklist staleness, YYYY-MM-DD. */
  date: string;
  samples: number;
  seed: number;
  /** Answers older than this many days are stale. */
  maxAgeDays?: number;
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
  const { proposal, bytes, locator } = requireProposal(file);
  const estimate = estimateWithScenarios(proposal, {
    samples: options.samples,
    seed: options.seed,
    calibration: proposalCalibration(proposal, file, locator),
  });
  const facts = factsFromProposal(proposal, estimate.base.figures["compute.trainingFlops"]?.value);
  const checklists = proposalChecklists(proposal, file, locator).map((c) =>
    checklistStatus(c, proposal, facts, { today: options.date, maxAgeDays: options.maxAgeDays }),
  );
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
  };
}
