import { FIGURE_LABELS, formatQuantity } from "@forecard/core-estimates";
import { FIGURE_UNITS, type FigureKey, type Policy } from "@forecard/schema";

/** Where rules are documented; SARIF `helpUri` and the help texts point here. */
export const POLICY_DOCS_URL = "https://github.com/forecard/forecard/blob/main/docs/policy-file.md";

/** What a rule checks, for code scanning and test reports. */
export interface RuleDescription {
  id: string;
  /** One line. */
  short: string;
  /** What the rule checks and why it matters. */
  full: string;
  /** How to fix a finding of this rule. */
  fix: string;
  /** Section anchor in docs/policy-file.md. */
  anchor: string;
}

const FIXED: Record<string, Omit<RuleDescription, "id">> = {
  "invalid-input": {
    short: "The file could not be judged",
    full: "The proposal, or a checklist it names, is not valid; nothing in it was judged, so it cannot pass.",
    fix: "Fix the field named in the message (forecard validate FILE shows every error).",
    anchor: "invalid-files",
  },
  "required-figure": {
    short: "A required figure cannot be estimated",
    full: "The policy requires this figure, and the proposal lacks the inputs it needs.",
    fix: "Add the inputs the message names to the proposal.",
    anchor: "require",
  },
  "required-checklist": {
    short: "A required checklist is not answered",
    full: "The policy requires answers to this checklist.",
    fix: "Paste `forecard checklist template ID` into the proposal and answer it.",
    anchor: "require",
  },
  "checklist-required": {
    short: "A required checklist is not answered",
    full: "The policy's checklist rules require answers to this checklist.",
    fix: "Paste `forecard checklist template ID` into the proposal and answer it.",
    anchor: "checklists",
  },
  "checklist-completeness": {
    short: "A checklist is less complete than the policy requires",
    full: "Too few applicable items are answered done or not-applicable.",
    fix: "Answer more of the checklist's items.",
    anchor: "checklists",
  },
  "checklist-stale-answer": {
    short: "A checklist answer is too old or was never reviewed",
    full: "An answer marked done was reviewed longer ago than the policy allows, or has no reviewedAt.",
    fix: "Review the answer again and set reviewedAt.",
    anchor: "checklists",
  },
  "checklist-missing-evidence": {
    short: "A done checklist item lacks evidence",
    full: "The policy requires evidence on items marked done.",
    fix: "Add the evidence the item asks for.",
    anchor: "checklists",
  },
  "checklist-orphan-answer": {
    short: "An answer names an item the checklist does not have",
    full: "The answer is ignored; it is probably a typo or an item that was renamed.",
    fix: "Correct or remove the answer.",
    anchor: "checklists",
  },
  "model-card-field": {
    short: "A model-card field the policy requires is empty",
    full: "The model card would leave out a field the policy requires.",
    fix: "Fill the field the message names.",
    anchor: "modelcard",
  },
  "policy-changed": {
    short: "The change edits the policy that judges it",
    full: "The check used the base revision's policy; a policy change needs its owners' review, since a pull request could otherwise loosen its own gate.",
    fix: "Have an owner of the policy review and merge the policy change on its own.",
    anchor: "policy-changes",
  },
  "policy-unverified": {
    short: "The policy could not be read from the base revision",
    full: "The check had to use the pull request's own policy, which the pull request could have loosened.",
    fix: "Check out with fetch-depth: 0 (or let the job fetch the base commit) so the base revision's policy is used.",
    anchor: "policy-changes",
  },
};

for (const level of ["high", "medium", "low"]) {
  FIXED[`checklist-open-${level}-risks`] = {
    short: `Too many open ${level} risks`,
    full: `More checklist items with residual ${level} risk are open or unanswered than the policy allows.`,
    fix: "Mitigate the risks and answer the items, or record why an item does not apply.",
    anchor: "checklists",
  };
}

/** Describes a rule id: a fixed rule, a budget of the policy, or an unknown id (described generically). */
export function describeRule(id: string, policy?: Policy): RuleDescription {
  const fixed = FIXED[id];
  if (fixed) return { id, ...fixed };
  const budget = policy?.budgets?.find((b) => b.id === id);
  if (budget) {
    const unit = FIGURE_UNITS[budget.figure as FigureKey] ?? "";
    const label = FIGURE_LABELS[budget.figure] ?? budget.figure;
    return {
      id,
      short: `Budget: ${budget.figure} ${budget.statistic} at most ${formatQuantity(budget.max as number, unit)}`,
      full: `${label} (${budget.figure}, ${budget.statistic}) must not exceed ${formatQuantity(budget.max as number, unit)}${budget.appliesTo === "all-scenarios" ? " in the base and every scenario" : ""}. A figure that cannot be estimated fails the budget unless the policy says onMissing: warn.`,
      fix: "Change the proposal so the figure stays within the budget, or give the inputs the figure needs.",
      anchor: "budgets",
    };
  }
  return {
    id,
    short: `Budget ${id}`,
    full: `A ceiling on a figure of the estimate, set by the policy's budget ${id}.`,
    fix: "Change the proposal so the figure stays within the budget.",
    anchor: "budgets",
  };
}

/** The severity a rule reports at under a policy (SARIF's default level). */
export function ruleLevel(id: string, policy?: Policy): "error" | "warning" {
  if (id === "checklist-orphan-answer") return "warning";
  const budget = policy?.budgets?.find((b) => b.id === id);
  if (budget) return budget.severity;
  if (id.startsWith("checklist-")) return policy?.checklists?.severity ?? "error";
  if (id === "model-card-field") return policy?.modelCard?.severity ?? "error";
  return "error";
}

/** The rule ids a policy can report, in a stable order (budgets first, as written). */
export function policyRuleIds(policy: Policy): string[] {
  const ids = [...(policy.budgets ?? []).map((b) => b.id)];
  if (policy.require?.figures?.length) ids.push("required-figure");
  if (policy.require?.checklists?.length) ids.push("required-checklist");
  const c = policy.checklists;
  if (c) {
    if (c.required?.length) ids.push("checklist-required");
    if (c.minCompleteness !== undefined) ids.push("checklist-completeness");
    for (const level of ["high", "medium", "low"] as const)
      if (c.maxOpenRisks?.[level] !== undefined) ids.push(`checklist-open-${level}-risks`);
    if (c.maxAnswerAgeDays !== undefined) ids.push("checklist-stale-answer");
    if (c.evidenceRequired) ids.push("checklist-missing-evidence");
  }
  if (policy.modelCard?.requiredFields?.length) ids.push("model-card-field");
  return ids;
}
