import type { EstimateWithoutSensitivity, ScenarioEstimate } from "@forecard/core-estimates";
import type { ChecklistFacts } from "@forecard/ethics-checklist";
import type { Checklist, Policy, Proposal } from "@forecard/schema";
import { checkActuals } from "./actuals-rules.js";
import { checkBudgets } from "./budgets.js";
import { checkChecklists } from "./checklist-rules.js";
import { type PolicyResult, verdictOf } from "./finding.js";
import { checkModelCard } from "./model-card-rules.js";
import { checkRequirements } from "./requirements.js";

/** What a policy judges: a proposal, its estimates and the checklists it answers. */
export interface PolicySubject {
  proposal: Proposal;
  estimate: { base: EstimateWithoutSensitivity; scenarios: ScenarioEstimate[] };
  checklists: readonly Checklist[];
  facts: ChecklistFacts;
  /** Whether a dotted path exists in the proposal file (to point findings at real lines). */
  present: (path: string[]) => boolean;
}

/**
 * Evaluates a policy: budgets, checklist rules and model-card rules, to findings and a verdict.
 * Pure; `today` (YYYY-MM-DD) fixes answer ages.
 */
export function evaluatePolicy(
  policy: Policy,
  subject: PolicySubject,
  today: string,
): PolicyResult {
  const findings = [
    ...(policy.require
      ? checkRequirements(policy.require, subject.proposal, subject.estimate.base, subject.present)
      : []),
    ...checkBudgets(policy.budgets ?? [], subject.estimate, subject.present, policy.onMissing),
    ...(policy.checklists
      ? checkChecklists(
          policy.checklists,
          subject.proposal,
          subject.checklists,
          subject.facts,
          today,
        )
      : []),
    ...(policy.modelCard ? checkModelCard(policy.modelCard, subject.proposal) : []),
    ...(policy.actuals ? checkActuals(policy.actuals, subject.estimate.base) : []),
  ];
  return { verdict: verdictOf(findings), findings };
}
