import { invalidFile, type JudgedProposal, type Judgement, judgeProposal } from "@forecard/policy";
import type { Policy } from "@forecard/schema";
import { proposalChecklists } from "./checklists.js";
import { requireProposal } from "./load-files.js";
import { UserError } from "./user-error.js";

/** Options of {@link judgeFile}. */
export interface JudgeFileOptions {
  /** YYYY-MM-DD that answer ages are judged against. */
  today: string;
  samples: number;
  seed: number;
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
  const checklists = proposalChecklists(proposal, file, locator);
  return judgeProposal({ file, proposal, raw, locator, checklists, policy, ...options });
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
      const { analysis: _analysis, ...judgement } = judgeFile(file, policy, options);
      return judgement;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return invalidFile(file, error.lines);
    }
  });
}
