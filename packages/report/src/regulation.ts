import type { Estimate } from "@forecard/core-estimates";
import { withSeparators } from "@forecard/core-estimates";
import type { Proposal } from "@forecard/schema";

/** Training compute above which a general-purpose model is presumed to have systemic risk (EU AI Act Art. 51(2)), FLOP. */
export const SYSTEMIC_RISK_FLOP = 1e25;

/** Where a proposal stands under Chapter V of the EU AI Act (Regulation (EU) 2024/1689). */
export interface RegulatoryStatus {
  generalPurpose: boolean;
  /** Likely training compute, FLOP, when it could be estimated. */
  trainingFlops?: number;
  /** Likely compute / 10^25; undefined without compute. */
  ratio?: number;
  /** yes, no, or unknown (compute not estimable); "range" when only part of the range crosses it. */
  systemicRisk: "yes" | "no" | "range" | "unknown";
  /** One sentence each: the classification, the notification duty, and the obligations that follow. */
  headline: string;
  notification: string;
  obligations: string[];
  /** The obligations as one line of article numbers, for page 1. */
  obligationsShort: string;
}

function times(ratio: number): string {
  return ratio >= 10 ? `${withSeparators(Math.round(ratio))}×` : `${Number(ratio.toPrecision(2))}×`;
}

/**
 * Classifies a proposal under EU AI Act Chapter V: Art. 51(2) presumption of systemic risk above
 * 10^25 FLOP, the Art. 52(1) notification duty, and the Art. 53/55 obligations. Unknown compute is
 * never read as "below the threshold". Pure.
 */
export function regulatoryStatus(proposal: Proposal, estimate: Estimate): RegulatoryStatus {
  const status = classify(proposal, estimate);
  const systemic = status.obligations.some((o) => o.startsWith("Art. 55"));
  return {
    ...status,
    obligationsShort:
      status.obligations.length === 0
        ? ""
        : `Art. 53 (Annex XI documentation, Annex XII downstream information, copyright policy, training-content summary)${systemic ? "; Art. 55 (evaluation with adversarial testing, systemic-risk mitigation, serious-incident reporting, cybersecurity) and Annex XI Section 2" : ""}`,
  };
}

function classify(
  proposal: Proposal,
  estimate: Estimate,
): Omit<RegulatoryStatus, "obligationsShort"> {
  const generalPurpose = proposal.model.generalPurpose ?? true;
  const flops = estimate.figures["compute.trainingFlops"];
  const base = {
    generalPurpose,
    trainingFlops: flops?.value,
    ratio: flops ? flops.value / SYSTEMIC_RISK_FLOP : undefined,
  };
  if (!generalPurpose)
    return {
      ...base,
      systemicRisk: "no",
      headline:
        "Declared not general-purpose (model.generalPurpose: false): EU AI Act Chapter V (Art. 51–55) does not apply; whether a system built on it is high-risk depends on its use (Art. 6, Annex III).",
      notification: "No notification under Art. 52(1).",
      obligations: [],
    };
  const art53 = [
    "Art. 53(1)(a): technical documentation per Annex XI, for the AI Office and national authorities on request",
    "Art. 53(1)(b): information for downstream providers per Annex XII",
    "Art. 53(1)(c)–(d): a copyright policy and a public summary of the training content",
  ];
  const art55 = [
    "Art. 55(1)(a): model evaluation, including adversarial testing",
    "Art. 55(1)(b): assessment and mitigation of systemic risks at Union level",
    "Art. 55(1)(c): reporting of serious incidents to the AI Office",
    "Art. 55(1)(d): cybersecurity protection of the model and its infrastructure",
    "Annex XI Section 2: evaluation strategies, adversarial testing and system architecture in the technical documentation",
  ];
  if (!flops)
    return {
      ...base,
      systemicRisk: "unknown",
      headline:
        "General-purpose model whose training compute could not be estimated: the Art. 51(2) presumption (10^25 FLOP) cannot be ruled out.",
      notification:
        "If training compute will exceed 10^25 FLOP, the Commission must be notified within two weeks of that becoming known (Art. 52(1)).",
      obligations: [...art53, ...art55],
    };
  const ratio = flops.value / SYSTEMIC_RISK_FLOP;
  const amount = `${flops.value.toExponential(2).replace("e+", "e")} FLOP`;
  if (flops.value > SYSTEMIC_RISK_FLOP)
    return {
      ...base,
      systemicRisk: "yes",
      headline: `Presumed general-purpose AI model with systemic risk (EU AI Act Art. 51(1)(a) and Art. 51(2)): training compute ${amount} is ${times(ratio)} the 10^25 FLOP threshold.`,
      notification:
        "Notification duty: the provider must notify the Commission without delay and within two weeks once it is known that the threshold will be met (Art. 52(1)), which is at planning time, now.",
      obligations: [...art53, ...art55],
    };
  const crosses = flops.p95 > SYSTEMIC_RISK_FLOP;
  return {
    ...base,
    systemicRisk: crosses ? "range" : "no",
    headline: crosses
      ? `General-purpose model whose likely training compute (${amount}, ${times(ratio)} the threshold) is below 10^25 FLOP, but whose 95th percentile exceeds it: the Art. 51(2) presumption may apply.`
      : `General-purpose model below the systemic-risk presumption: training compute ${amount} is ${times(ratio)} the 10^25 FLOP threshold of Art. 51(2).`,
    notification: crosses
      ? "Notify the Commission within two weeks if it becomes known that compute will exceed 10^25 FLOP (Art. 52(1))."
      : "No notification under Art. 52(1) unless the Commission designates the model (Art. 51(1)(b), Annex XIII).",
    obligations: crosses ? [...art53, ...art55] : art53,
  };
}
