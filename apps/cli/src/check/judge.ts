import { estimateProposal, estimateWithScenarios } from "@forecard/core-estimates";
import {
  type ChecklistStatus,
  checklistStatus,
  factsFromProposal,
} from "@forecard/ethics-checklist";
import { evaluatePolicy, type Finding, type PolicyResult } from "@forecard/policy";
import type { Policy, Proposal } from "@forecard/schema";
import { policyCalibration, proposalCalibration } from "../calibration-file.js";
import { proposalChecklists } from "../checklists.js";
import { requireProposal } from "../load-files.js";

/** A finding placed on its line of the proposal file. */
export interface LocatedFinding extends Finding {
  file: string;
  line: number;
  column: number;
}

/** The judgement of one proposal file. */
export interface Judgement {
  file: string;
  model: string;
  verdict: "pass" | "fail";
  findings: LocatedFinding[];
}

/** What a judgement was computed from, kept for diffs. */
export interface Analysis {
  proposal: Proposal;
  raw: unknown;
  estimate: ReturnType<typeof estimateWithScenarios>;
  checklists: ChecklistStatus[];
}

/** Options of {@link judge}. */
export interface JudgeOptions {
  today: string;
  samples: number;
  seed: number;
  /** Where the policy was read from, to find a calibration file it references. */
  policyFile?: string;
}

function hasPath(raw: unknown, path: string[]): boolean {
  let current = raw;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key))
      return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Estimates a proposal and evaluates a policy on it (when given), placing each finding on a line
 * of the file. Loads no browser: only spec, estimates, checklists and policy.
 * @param source - the file's bytes when they do not come from disk (a git revision).
 * @throws UserError when the proposal or a checklist it names is invalid.
 */
export function judge(
  file: string,
  policy: Policy | undefined,
  options: JudgeOptions,
  source?: Uint8Array,
): Judgement & { analysis: Analysis } {
  const { proposal, locator, raw } = requireProposal(file, source);
  // Scenarios cost a Monte Carlo each; estimate them only when a budget reads them.
  const needsScenarios = policy?.budgets?.some((b) => b.appliesTo === "all-scenarios") ?? false;
  const estimateOptions = {
    samples: options.samples,
    seed: options.seed,
    // The proposal's own calibration wins; else the organisation's, named by the policy.
    calibration:
      proposalCalibration(proposal, file, locator) ?? policyCalibration(policy, options.policyFile),
  };
  const estimate = needsScenarios
    ? estimateWithScenarios(proposal, estimateOptions)
    : { base: estimateProposal(proposal, estimateOptions), scenarios: [] };
  const facts = factsFromProposal(proposal, estimate.base.figures["compute.trainingFlops"]?.value);
  const checklists = proposalChecklists(proposal, file, locator);
  const result: PolicyResult = policy
    ? evaluatePolicy(
        policy,
        { proposal, estimate, checklists, facts, present: (p) => hasPath(raw, p) },
        options.today,
      )
    : { verdict: "pass", findings: [] };
  const scenarioIndex = new Map((proposal.scenarios ?? []).map((s, i) => [s.name, i]));
  return {
    file,
    model: proposal.model.name,
    verdict: result.verdict,
    findings: result.findings.map((finding) => {
      const index =
        finding.scenario === undefined ? undefined : scenarioIndex.get(finding.scenario);
      const where =
        index === undefined
          ? locator.locateKey(finding.path)
          : locator.locateKey(["scenarios", index, "name"]);
      return { ...finding, file, ...where };
    }),
    analysis: {
      proposal,
      raw,
      estimate,
      checklists: checklists.map((c) =>
        checklistStatus(c, proposal, facts, { today: options.today }),
      ),
    },
  };
}
