/** One broken rule: what, how bad, and where in the proposal. */
export interface Finding {
  /** Rule id from the policy (budgets) or a fixed id (checklist and model-card rules). */
  ruleId: string;
  severity: "error" | "warning";
  message: string;
  /** Proposal path the finding concerns, as keys (item ids may contain dots), for annotations. */
  path: string[];
  /** Scenario name when the finding is about a scenario rather than the base. */
  scenario?: string;
}

/** The outcome of a policy: fail when any error-severity finding exists. */
export interface PolicyResult {
  verdict: "pass" | "fail";
  findings: Finding[];
}

/** Pass unless an error-severity finding exists. */
export function verdictOf(findings: readonly Finding[]): "pass" | "fail" {
  return findings.some((f) => f.severity === "error") ? "fail" : "pass";
}
