import type { Policy, Proposal } from "@forecard/schema";
import type { Finding } from "./finding.js";

type Rules = NonNullable<Policy["modelCard"]>;

function valueAt(proposal: Proposal, path: string): unknown {
  let current: unknown = proposal;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key))
      return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** Reports each required model-card field that is missing or empty. */
export function checkModelCard(rules: Rules, proposal: Proposal): Finding[] {
  return (rules.requiredFields ?? [])
    .filter((path) => !filled(valueAt(proposal, path)))
    .map((path) => ({
      ruleId: "model-card-field",
      severity: rules.severity,
      path: path.split(".").length > 1 ? path.split(".").slice(0, -1) : path.split("."),
      message: `the model card needs ${path}, which the proposal leaves empty`,
    }));
}
