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
import { requireProposal } from "@forecard/workspace";
import { ExitCode, UserError } from "../errors.js";
import { integerOption } from "../numbers.js";
import { renderComparison, renderTrends } from "../scaling-text.js";

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
  const { proposal } = requireProposal(file);
  const estimate = estimateProposal(proposal, { samples });
  const comparison = compareWithReferences(estimate, ids);
  const trend = trendExtrapolation(estimate);
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ proposal: proposal.model.name, ...comparison, trend: { fits: trend, caveats: TREND_CAVEATS } }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${proposal.model.name} (${file})\n`);
    process.stdout.write(renderComparison(comparison.rows, comparison.ranks));
    process.stdout.write(renderTrends(trend));
  }
  return ExitCode.ok;
}
