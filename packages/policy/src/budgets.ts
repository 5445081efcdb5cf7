import {
  type Estimate,
  type EstimateWithoutSensitivity,
  formatQuantity,
  type ScenarioEstimate,
} from "@forecard/core-estimates";
import type { Policy } from "@forecard/schema";
import type { Finding } from "./finding.js";

type Budget = NonNullable<Policy["budgets"]>[number];

// The proposal section a figure comes from, so that an annotation lands on a line a reviewer can change.
const SECTION_OF_FIGURE: [prefix: string, path: string[]][] = [
  ["parameters.", ["architecture"]],
  ["memory.", ["architecture"]],
  ["hardware.", ["training", "accelerator"]],
  ["scaling.", ["training", "tokens"]],
  ["training.", ["training", "tokens"]],
  ["inference.", ["inference"]],
  ["cost.", ["cost"]],
  ["carbon.", ["datacenter"]],
  ["water.", ["datacenter"]],
];

/** The proposal path a figure's budget finding points at: its section, or the model name. */
export function pathOfFigure(figure: string, present: (path: string[]) => boolean): string[] {
  const match = SECTION_OF_FIGURE.find(([prefix]) => figure.startsWith(prefix));
  const candidate = match?.[1] ?? ["training"];
  if (present(candidate)) return candidate;
  const section = candidate.slice(0, 1);
  return present(section) ? section : ["model", "name"];
}

function statisticOf(figure: Estimate["figures"][string], statistic: Budget["statistic"]): number {
  if (statistic === "p95") return figure.p95;
  if (statistic === "p50") return figure.p50;
  return figure.value;
}

/** What an estimate says a figure it could not compute needs, e.g. "training energy". */
export function missingInputs(estimate: Pick<Estimate, "assumptions">, figure: string): string {
  const note = estimate.assumptions.find((a) => a.path === figure && a.value === null)?.note;
  return note?.replace(/^not estimated: needs /, "") ?? "inputs the proposal does not give";
}

/**
 * Checks each budget against the estimate (and each scenario's when the budget says so).
 * Fails closed: a budget whose figure cannot be estimated is a finding at the budget's own
 * severity naming what the figure needs, or a warning when the budget (or, by default for every
 * budget, the policy) says `onMissing: warn`.
 */
export function checkBudgets(
  budgets: readonly Budget[],
  estimates: { base: EstimateWithoutSensitivity; scenarios: ScenarioEstimate[] },
  present: (path: string[]) => boolean,
  onMissing: "fail" | "warn" = "fail",
): Finding[] {
  const findings: Finding[] = [];
  for (const budget of budgets) {
    const subjects: { estimate: EstimateWithoutSensitivity; scenario?: string }[] = [
      { estimate: estimates.base },
    ];
    if (budget.appliesTo === "all-scenarios") {
      for (const s of estimates.scenarios) subjects.push({ estimate: s, scenario: s.name });
    }
    for (const { estimate, scenario } of subjects) {
      const where = scenario ? ` in scenario ${scenario}` : "";
      const figure = estimate.figures[budget.figure];
      const path = pathOfFigure(budget.figure, present);
      if (!figure) {
        const warn = (budget.onMissing ?? onMissing) === "warn";
        findings.push({
          ruleId: budget.id,
          severity: warn ? "warning" : budget.severity,
          path,
          scenario,
          message: `${budget.id}: ${budget.figure} could not be estimated${where} (it needs ${missingInputs(estimate, budget.figure)}), so the budget ${warn ? "was not checked" : "cannot be shown to hold"}`,
        });
        continue;
      }
      const actual = statisticOf(figure, budget.statistic);
      const max = budget.max as number;
      if (actual > max) {
        findings.push({
          ruleId: budget.id,
          severity: budget.severity,
          path,
          scenario,
          message: `${budget.id}: ${budget.figure} ${budget.statistic} = ${formatQuantity(actual, figure.unit)}${where} exceeds the budget of ${formatQuantity(max, figure.unit)}`,
        });
      }
    }
  }
  return findings;
}
