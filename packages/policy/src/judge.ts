import {
  type Calibration,
  type Estimate,
  type EstimateWithoutSensitivity,
  estimateWithoutSensitivity,
  estimateWithScenarios,
  type ScenarioEstimate,
} from "@forecard/core-estimates";
import {
  type ChecklistStatus,
  checklistStatus,
  factsFromProposal,
} from "@forecard/ethics-checklist";
import type { Checklist, Policy, Proposal, SourceLocator } from "@forecard/schema";
import { evaluatePolicy } from "./evaluate.js";
import { figuresReadBy } from "./figures-read.js";
import type { PolicyResult } from "./finding.js";
import type { JudgedFile } from "./judgement.js";

/** What a judgement was computed from, kept for diffs and reports. */
export interface Analysis {
  proposal: Proposal;
  /** The file's plain data before validation (to compare inputs as written). */
  raw: unknown;
  /** The base has no sensitivity unless the caller's estimate had one: no rule reads it. */
  estimate: { base: EstimateWithoutSensitivity; scenarios: ScenarioEstimate[] };
  checklists: ChecklistStatus[];
}

/** A loaded proposal and everything {@link judgeProposal} needs to judge it. */
export interface JudgeInput {
  /** The file name shown in findings (a path, or `REF:path` for a git revision). */
  file: string;
  proposal: Proposal;
  raw: unknown;
  locator: SourceLocator;
  /** The checklists the proposal answers, already resolved (built-in or from their files). */
  checklists: readonly Checklist[];
  /** No policy: the verdict is pass with no findings (for diffs without a policy). */
  policy?: Policy;
  /** YYYY-MM-DD: fixes answer ages, so results are reproducible. */
  today: string;
  samples: number;
  seed: number;
  /** An organisation's calibration (file and SHA-256 as source) the estimate applies. */
  calibration?: { calibration: Calibration; source: string };
  /** An estimate already computed with scenarios (a report's); else one is computed here. */
  estimate?: { base: Estimate; scenarios: ScenarioEstimate[] };
  /**
   * The caller publishes documents that print every figure (`report`), so checklist items asking
   * whether a figure is disclosed are answered by it. `check` leaves this off.
   */
  disclosesFigures?: boolean;
  /**
   * Estimate only the figures the policy reads ({@link figuresReadBy}) and those they are computed
   * from: the same verdict and findings, quicker, with only those figures in the analysis. For a
   * caller that keeps no analysis (`check`); ignored when `estimate` is given, and with
   * `disclosesFigures`, whose checklist answers read every figure.
   */
  policyFiguresOnly?: boolean;
}

/** A judged proposal with what it was judged from. */
export type JudgedProposal = JudgedFile & { analysis: Analysis };

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
 * Estimates a proposal and evaluates a policy on it, placing each finding on a line of the file.
 * Pure: no files, no browser; the caller loads the proposal and its checklists.
 */
export function judgeProposal(input: JudgeInput): JudgedProposal {
  const { proposal, policy, locator, file } = input;
  // Scenarios cost a Monte Carlo each; estimate them only when a budget reads them.
  const needsScenarios = policy?.budgets?.some((b) => b.appliesTo === "all-scenarios") ?? false;
  const options = {
    samples: input.samples,
    seed: input.seed,
    calibration: input.calibration,
    ...(input.policyFiguresOnly && !input.disclosesFigures
      ? { figures: figuresReadBy(policy) }
      : {}),
  };
  const estimate =
    input.estimate ??
    (needsScenarios
      ? estimateWithScenarios(proposal, options)
      : { base: estimateWithoutSensitivity(proposal, options), scenarios: [] });
  const facts = factsFromProposal(
    proposal,
    estimate.base.figures["compute.trainingFlops"]?.value,
    input.disclosesFigures ? Object.keys(estimate.base.figures) : undefined,
  );
  const result: PolicyResult = policy
    ? evaluatePolicy(
        policy,
        {
          proposal,
          estimate,
          checklists: input.checklists,
          facts,
          present: (p) => hasPath(input.raw, p),
        },
        input.today,
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
      raw: input.raw,
      estimate,
      checklists: input.checklists.map((c) =>
        checklistStatus(c, proposal, facts, { today: input.today }),
      ),
    },
  };
}

/**
 * The finding a pull request gets when it changes the policy that judges it: the check used the
 * base revision's policy (or, when the base has none, the new one), and an owner of the policy
 * has to review the change.
 */
export function policyChangedJudgement(
  policyFile: string,
  baseRef: string,
  added = false,
): JudgedFile {
  return {
    file: policyFile,
    model: "policy",
    verdict: "fail",
    findings: [
      {
        ruleId: "policy-changed",
        severity: "error",
        path: [],
        file: policyFile,
        line: 1,
        column: 1,
        message: added
          ? `this change adds the policy ${policyFile}, which ${baseRef} does not have; the check used the new policy, which needs a review by the policy's owners`
          : `this change edits the policy ${policyFile}; the check used the policy of ${baseRef}, and the change needs a review by the policy's owners`,
      },
    ],
  };
}
