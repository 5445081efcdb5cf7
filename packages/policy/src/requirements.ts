import { type EstimateWithoutSensitivity, FIGURE_LABELS } from "@forecard/core-estimates";
import { FIGURE_KEYS, type Policy, type Proposal } from "@forecard/schema";
import { missingInputs, pathOfFigure } from "./budgets.js";
import type { Finding } from "./finding.js";

type Requirements = NonNullable<Policy["require"]>;

/**
 * Findings for every required figure the proposal does not let Forecard estimate and every
 * required checklist it does not answer; always errors, so an empty proposal cannot pass.
 */
export function checkRequirements(
  requirements: Requirements,
  proposal: Proposal,
  estimate: EstimateWithoutSensitivity,
  present: (path: string[]) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  for (const figure of requirements.figures ?? []) {
    if (estimate.figures[figure]) continue;
    findings.push({
      ruleId: "required-figure",
      severity: "error",
      path: pathOfFigure(figure, present),
      message: `${figure} (${FIGURE_LABELS[figure] ?? figure}) is required but cannot be estimated: it needs ${missingInputs(estimate, figure)}`,
    });
  }
  const answered = new Set(Object.keys(proposal.checklists ?? {}));
  for (const id of requirements.checklists ?? []) {
    if (answered.has(id)) continue;
    findings.push({
      ruleId: "required-checklist",
      severity: "error",
      path: present(["checklists"]) ? ["checklists"] : ["model", "name"],
      message: `checklist ${id} is required but the proposal does not answer it (forecard checklist template ${id})`,
    });
  }
  return findings;
}

/**
 * Adds requirements given on a command line (figure keys and checklist ids, told apart by the
 * figure key list) to a policy's own.
 */
export function withRequirements(policy: Policy, items: readonly string[]): Policy {
  if (items.length === 0) return policy;
  const figures = new Set(policy.require?.figures ?? []);
  const checklists = new Set(policy.require?.checklists ?? []);
  for (const item of items) {
    if ((FIGURE_KEYS as readonly string[]).includes(item))
      figures.add(item as (typeof FIGURE_KEYS)[number]);
    else checklists.add(item);
  }
  return { ...policy, require: { figures: [...figures], checklists: [...checklists] } };
}
