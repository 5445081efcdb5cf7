import { type Estimate, formatQuantity, type ScenarioEstimate } from "@forecard/core-estimates";
import type { ChecklistStatus } from "@forecard/ethics-checklist";
import { count } from "./count.js";
import { type FeasibilityFlag, feasibilityFlags } from "./feasibility.js";
import { type RegulatoryStatus, regulatoryStatus } from "./regulation.js";
import type { ReportInput } from "./view-model.js";

/** A risk that blocks approval: an open or unanswered high item, or an error finding. */
export interface BlockingRisk {
  id: string;
  text: string;
  owner: string;
}

/** Page 1 of the impact report: what the board decides and why. */
export interface DecisionBrief {
  decision: { label: string; tone: "pass" | "fail" | "warn" | "none"; reason: string };
  brokenRules: { rule: string; severity: string; message: string; path: string }[];
  regulatory: RegulatoryStatus;
  feasibility: FeasibilityFlag[];
  footprint: { label: string; value: string }[];
  tradeOff: string;
  blockingRisks: BlockingRisk[];
  /** The blocking risks grouped by owner, for page 1. */
  risksByOwner: { owner: string; ids: string[] }[];
}

function change(from: number, to: number): string {
  const percent = ((to - from) / from) * 100;
  return `${percent > 0 ? "+" : "−"}${Math.abs(percent).toFixed(0)}%`;
}

/**
 * The key trade-off in one sentence: the scenario that saves the most training cost, and what it
 * does to the predicted loss (the figures the scenarios already carry).
 */
export function tradeOff(base: Estimate, scenarios: ScenarioEstimate[]): string {
  const cost = base.figures["cost.trainingUsd"];
  const loss = base.figures["scaling.predictedLoss"];
  if (scenarios.length === 0) return "The input lists no scenarios, so no trade-off is stated.";
  if (!cost) return "Training cost could not be estimated, so the scenarios cannot be traded off.";
  const best = scenarios
    .flatMap((s) => {
      const c = s.figures["cost.trainingUsd"];
      return c && c.value < cost.value ? [{ s, c }] : [];
    })
    .sort((a, b) => a.c.value - b.c.value)[0];
  if (!best) return "No scenario lowers the training cost below the base case.";
  const otherLoss = best.s.figures["scaling.predictedLoss"];
  const lossText =
    loss && otherLoss
      ? otherLoss.value === loss.value
        ? "with the same predicted loss"
        : `for a predicted loss of ${otherLoss.value.toFixed(3)} instead of ${loss.value.toFixed(3)} nats/token (${otherLoss.value > loss.value ? "worse" : "better"} by ${Math.abs(otherLoss.value - loss.value).toFixed(3)})`
      : "with no loss prediction to compare";
  return `Scenario "${best.s.name}" cuts training cost from ${formatQuantity(cost.value, "USD")} to ${formatQuantity(best.c.value, "USD")} (${change(cost.value, best.c.value)}) ${lossText}.`;
}

function blockingRisks(checklists: ChecklistStatus[]): BlockingRisk[] {
  return checklists.flatMap((c) =>
    c.items
      .filter(
        (i) =>
          i.applicable && i.level === "high" && (i.status === "open" || i.status === "unanswered"),
      )
      .map((i) => ({
        id: `${c.checklist.id}: ${i.id}`,
        text: i.question,
        owner: i.owner ?? "no owner named",
      })),
  );
}

function byOwner(risks: BlockingRisk[]): DecisionBrief["risksByOwner"] {
  const groups = new Map<string, string[]>();
  for (const risk of risks) groups.set(risk.owner, [...(groups.get(risk.owner) ?? []), risk.id]);
  return [...groups].map(([owner, ids]) => ({ owner, ids }));
}

function footprint(base: Estimate): DecisionBrief["footprint"] {
  const f = base.figures;
  const rows: DecisionBrief["footprint"] = [];
  const add = (label: string, key: string) => {
    const figure = f[key];
    if (figure) rows.push({ label, value: formatQuantity(figure.value, figure.unit) });
  };
  add("Training carbon (total)", "carbon.trainingTotalTCO2e");
  add("Serving carbon over its life", "inference.lifetimeTCO2e");
  const train = f["carbon.trainingTotalTCO2e"]?.value;
  const serve = f["inference.lifetimeTCO2e"]?.value;
  if (train && serve)
    rows.push({
      label: "Training + serving carbon",
      value: `${formatQuantity(train + serve, "tCO2e")} (serving ${Number((serve / train).toPrecision(2))}× training)`,
    });
  return rows;
}

function decision(input: ReportInput, risks: BlockingRisk[]): DecisionBrief["decision"] {
  const warnings = count(input.estimate.base.warnings.length, "estimate warning");
  const highRisks = count(risks.length, "open high risk");
  // A run already under way or finished is not approved or rejected: the board records whether
  // it meets the policy.
  const started = (input.proposal.model.status ?? "proposed") !== "proposed";
  if (!input.policy)
    return {
      label: "NOT JUDGED",
      tone: "none",
      reason: `No policy was applied (forecard report --policy FILE judges it). ${highRisks} and ${warnings} are listed below for the board.`,
    };
  const errors = input.policy.findings.filter((f) => f.severity === "error");
  const other = input.policy.findings.length - errors.length;
  if (input.policy.verdict === "fail")
    return {
      label: started ? "POLICY NOT MET" : "REJECT AS PROPOSED",
      tone: "fail",
      reason: `Policy "${input.policy.name}" fails: ${count(errors.length, "blocking finding")} must be resolved or waived${started ? " on the record" : " before approval"}.`,
    };
  if (other > 0 || risks.length > 0 || input.estimate.base.warnings.length > 0)
    return {
      label: started ? "POLICY MET WITH CONDITIONS" : "APPROVE WITH CONDITIONS",
      tone: "warn",
      reason: `Policy "${input.policy.name}" passes; conditions: ${count(other, "policy warning")}, ${highRisks}, ${warnings} to close.`,
    };
  return {
    label: started ? "POLICY MET" : "APPROVE",
    tone: "pass",
    reason: `Policy "${input.policy.name}" passes with no findings, open high risks or warnings.`,
  };
}

/** Builds the decision brief from the proposal, its estimate, its checklists and the policy result. Pure. */
export function buildBrief(input: ReportInput): DecisionBrief {
  const base = input.estimate.base;
  const risks = blockingRisks(input.checklists);
  return {
    decision: decision(input, risks),
    brokenRules: (input.policy?.findings ?? []).map((f) => ({ ...f })),
    regulatory: regulatoryStatus(input.proposal, base),
    feasibility: feasibilityFlags(input.proposal, base),
    footprint: footprint(base),
    tradeOff: tradeOff(base, input.estimate.scenarios),
    blockingRisks: risks,
    risksByOwner: byOwner(risks),
  };
}
