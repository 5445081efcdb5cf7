import { invalidFile, type JudgedProposal, type Judgement, judgeProposal } from "@forecard/policy";
import type { Policy } from "@forecard/schema";
import { policyCalibration, proposalCalibration } from "./calibration-file.js";
import { proposalChecklists, refuseFutureReviews } from "./checklists.js";
import { estimateOrRefuse, requireProposal } from "./load-files.js";
import { UserError } from "./user-error.js";

/** Options of {@link judgeFile}. */
export interface JudgeFileOptions {
  /** YYYY-MM-DD that answer ages are judged against. */
  today: string;
  samples: number;
  seed: number;
  /** Where the policy was read from, to find a calibration file it references. */
  policyFile?: string;
  /** Estimate only what the policy reads: see JudgeInput.policyFiguresOnly. */
  policyFiguresOnly?: boolean;
}

/**
 * Reads a proposal (from disk, or the given bytes of a git revision), resolves the checklists it
 * answers and judges it under the policy.
 * @throws UserError when the proposal or a checklist it names is invalid.
 */
export function judgeFile(
  file: string,
  policy: Policy | undefined,
  options: JudgeFileOptions,
  source?: Uint8Array,
): JudgedProposal {
  const { proposal, locator, raw } = requireProposal(file, source);
  refuseFutureReviews(proposal, file, locator, options.today);
  const checklists = proposalChecklists(proposal, file, locator);
  // The proposal's own calibration wins; else the organisation's, named by the policy.
  const calibration =
    proposalCalibration(proposal, file, locator) ?? policyCalibration(policy, options.policyFile);
  const { policyFile: _policyFile, ...judgeOptions } = options;
  // Only the estimate inside the judgement can overflow; it is refused on the input that caused it.
  return estimateOrRefuse(file, locator, () =>
    judgeProposal({
      file,
      proposal,
      raw,
      locator,
      checklists,
      policy,
      ...judgeOptions,
      ...(calibration ? { calibration } : {}),
    }),
  );
}

/**
 * Judges every file, turning input errors into invalid judgements, so a bad file is part of every
 * output instead of vanishing from it.
 */
export function judgeFiles(
  files: readonly string[],
  policy: Policy | undefined,
  options: JudgeFileOptions,
): Judgement[] {
  return files.map((file) => {
    try {
      // The analysis is dropped, so only the figures the policy reads are estimated.
      const { analysis: _analysis, ...judgement } = judgeFile(file, policy, {
        ...options,
        policyFiguresOnly: true,
      });
      return judgement;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return invalidFile(file, error.lines);
    }
  });
}
