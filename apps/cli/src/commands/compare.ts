import {
  compareWithReferences,
  DEFAULT_COMPARISON,
  DEFAULT_SAMPLES,
  estimateProposal,
  REFERENCE_MODELS,
  TREND_CAVEATS,
  trendExtrapolation,
  UnknownReferenceError,
} from "@forecard/core-estimates";
import { MODEL_SUBJECT } from "@forecard/schema";
import { estimateOrRefuse, requireProposal } from "@forecard/workspace";
import { ExitCode, UserError } from "../errors.js";
import { integerOption } from "../numbers.js";
import { renderComparison, renderTrends } from "../scaling-text.js";
import { inline, printOut } from "../terminal.js";

/** Options of `forecard compare`. */
export interface CompareOptions {
  /** Comma-separated reference ids. @default "gpt-3,llama-2-70b,bloom-176b" */
  with?: string;
  json?: boolean;
  samples?: string;
}

/** Prints the proposal's ratios to known models, its catalog ranks and the trend years. */
export async function run(file: string, options: CompareOptions): Promise<number> {
  const ids = options.with
    ? options.with
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : DEFAULT_COMPARISON;
  for (const id of ids) {
    if (!REFERENCE_MODELS.some((m) => m.id === id))
      throw new UserError(`--with: ${new UnknownReferenceError(id).message}`);
  }
  const samples = integerOption("--samples", options.samples, DEFAULT_SAMPLES, 1, 1_000_000);
  const { proposal, locator } = requireProposal(file);
  const estimate = estimateOrRefuse(file, locator, () => estimateProposal(proposal, { samples }));
  const comparison = compareWithReferences(estimate, ids);
  const trend = trendExtrapolation(estimate);
  if (options.json) {
    printOut(
      `${JSON.stringify({ proposal: proposal.model.name, ...comparison, trend: { fits: trend, caveats: TREND_CAVEATS } }, null, 2)}\n`,
    );
  } else {
    printOut(`${inline(proposal.model.name)} (${inline(file)})\n`);
    const subject = MODEL_SUBJECT[proposal.model.status ?? "proposed"];
    printOut(renderComparison(comparison.rows, comparison.ranks, subject));
    printOut(renderTrends(trend, subject));
  }
  return ExitCode.ok;
}
