import type { ChecklistItem, Proposal } from "@forecard/schema";

/** Facts about a proposal that decide which checklist items apply. */
export interface ChecklistFacts {
  /** Estimated training compute, FLOP; undefined when the proposal does not allow an estimate. */
  trainingFlops?: number;
  usesPersonalData: boolean;
  deployment: "internal" | "restricted" | "public";
  generalPurpose: boolean;
  multilingual: boolean;
  /** Estimate figure keys the Forecard documents disclose; answers items that name them. */
  disclosedFigures?: readonly string[];
}

/**
 * Reads the applicability facts from a proposal. Unknowns take the cautious side: personal data
 * assumed present, deployment public, model general-purpose.
 * @param trainingFlops - compute from `@forecard/core-estimates`, passed in to keep this package independent.
 * @param disclosedFigures - figure keys the documents will print; omit when none are rendered.
 */
export function factsFromProposal(
  proposal: Proposal,
  trainingFlops?: number,
  disclosedFigures?: readonly string[],
): ChecklistFacts {
  const model = proposal.model;
  return {
    trainingFlops,
    usesPersonalData: model.usesPersonalData ?? true,
    deployment: model.deployment ?? "public",
    generalPurpose: model.generalPurpose ?? true,
    multilingual: (model.languages?.length ?? 0) > 1,
    ...(disclosedFigures ? { disclosedFigures } : {}),
  };
}

/**
 * Whether an item applies given the facts: every condition of `appliesWhen` must hold.
 * Unknown compute counts as reaching any threshold, so systemic-risk items are never skipped silently.
 */
export function applies(item: ChecklistItem, facts: ChecklistFacts): boolean {
  const when = item.appliesWhen;
  if (!when) return true;
  if (when.trainingFlopsAtLeast !== undefined && facts.trainingFlops !== undefined) {
    if (facts.trainingFlops < (when.trainingFlopsAtLeast as number)) return false;
  }
  if (when.usesPersonalData !== undefined && when.usesPersonalData !== facts.usesPersonalData)
    return false;
  if (when.deployment && !when.deployment.includes(facts.deployment)) return false;
  if (when.generalPurpose !== undefined && when.generalPurpose !== facts.generalPurpose)
    return false;
  if (when.multilingual !== undefined && when.multilingual !== facts.multilingual) return false;
  return true;
}

/**
 * Ids of the built-in regulatory checklists a model is documented against whether or not the
 * proposal answers them: EU AI Act Annex XI for a general-purpose model.
 */
export function regulatoryChecklistIds(facts: ChecklistFacts): string[] {
  return facts.generalPurpose ? ["eu-gpai-annex-xi"] : [];
}
