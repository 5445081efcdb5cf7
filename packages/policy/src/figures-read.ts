import type { Policy } from "@forecard/schema";

/**
 * The figure keys a policy's rules read: budgets, required figures and rules on actuals, and the
 * training compute, which decides the checklist items that apply (EU AI Act Art. 51).
 */
export function figuresReadBy(policy: Policy | undefined): string[] {
  return [
    "compute.trainingFlops",
    ...(policy?.budgets ?? []).map((budget) => budget.figure),
    ...(policy?.require?.figures ?? []),
    ...(policy?.actuals ?? []).map((rule) => rule.figure),
  ];
}
