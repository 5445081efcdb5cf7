import { estimateWithScenarios } from "@forecard/core-estimates";
import { factsFromProposal } from "@forecard/ethics-checklist";
import { evaluatePolicy, type Finding } from "@forecard/policy";
import type { Policy } from "@forecard/spec";
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

/** Options of {@link judge}. */
export interface JudgeOptions {
  today: string;
  samples: number;
  seed: number;
}

/**
 * Estimates a proposal and evaluates a policy on it, placing each finding on a line of the file.
 * Loads no browser: only spec, estimates, checklists and policy.
 * @throws UserError when the proposal or a checklist it names is invalid.
 */
export function judge(file: string, policy: Policy, options: JudgeOptions): Judgement {
  const { proposal, locator } = requireProposal(file);
  const estimate = estimateWithScenarios(proposal, {
    samples: options.samples,
    seed: options.seed,
  });
  const facts = factsFromProposal(proposal, estimate.base.figures["compute.trainingFlops"]?.value);
  const checklists = proposalChecklists(proposal, file, locator);
  const raw = proposal as unknown as Record<string, unknown>;
  const present = (path: string[]) => {
    let current: unknown = raw;
    for (const key of path) {
      if (current === null || typeof current !== "object" || !Object.hasOwn(current, key))
        return false;
      current = (current as Record<string, unknown>)[key];
    }
    return true;
  };
  const result = evaluatePolicy(
    policy,
    { proposal, estimate, checklists, facts, present },
    options.today,
  );
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
  };
}
