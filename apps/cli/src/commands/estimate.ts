import {
  compareWithReferences,
  DEFAULT_SAMPLES,
  estimateDocument,
  estimateProposal,
  estimateWithScenarios,
  scenarioProposal,
  trendExtrapolation,
} from "@forecard/core-estimates";
import { MODEL_SUBJECT } from "@forecard/schema";
import { estimateOrRefuse, proposalCalibration, requireProposal } from "@forecard/workspace";
import { renderActuals } from "../actuals-table.js";
import { ExitCode, UserError } from "../errors.js";
import { renderEstimate, renderScenarios } from "../estimate-table.js";
import { integerOption } from "../numbers.js";
import { renderComparison, renderTrends } from "../scaling-text.js";
import { inline, printOut } from "../terminal.js";
import { FORECARD_VERSION } from "../version.js";

/** Options of `forecard estimate`. */
export interface EstimateCommandOptions {
  /** Print the JSON contract instead of a table. @default false */
  json?: boolean;
  /** Monte Carlo samples. @default 10000 */
  samples?: string;
  /** Monte Carlo seed. @default 1 */
  seed?: string;
  /** Estimate this scenario alone (overrides merged over the base). */
  scenario?: string;
  /** besiroglu2024 or hoffmann2022; overrides the proposal's training.scalingLaw. */
  scalingLaw?: string;
}

/** Estimates a proposal's footprint and prints a table or the JSON contract. */
export async function run(file: string, options: EstimateCommandOptions): Promise<number> {
  const samples = integerOption("--samples", options.samples, DEFAULT_SAMPLES, 1, 1_000_000);
  const seed = integerOption("--seed", options.seed, 1, 0, 2 ** 32 - 1);
  const { proposal, bytes, locator } = requireProposal(file);
  const scalingLaw = scalingLawOption(options.scalingLaw);
  const calibration = proposalCalibration(proposal, file, locator);
  const estimateOptions = { samples, seed, scalingLaw, calibration };

  if (options.scenario !== undefined) {
    const chosen = proposal.scenarios?.find((s) => s.name === options.scenario);
    if (!chosen) {
      const names = (proposal.scenarios ?? []).map((s) => s.name);
      const valid =
        names.length > 0 ? `valid: ${names.join(", ")}` : "the proposal has no scenarios";
      throw new UserError(
        `--scenario: no scenario ${JSON.stringify(options.scenario)} in ${file}; ${valid}`,
      );
    }
    // The scenario alone, with its own sensitivity: its figures are the ones it has beside the base.
    const estimate = estimateOrRefuse(file, locator, () =>
      estimateProposal(scenarioProposal(proposal, chosen), estimateOptions),
    );
    const alone = { base: estimate, scenarios: [] };
    const single = { ...proposal, scenarios: undefined };
    if (options.json) {
      const document = estimateDocument(FORECARD_VERSION, single, file, bytes, alone, {
        samples,
        seed,
      });
      printOut(`${JSON.stringify({ ...document, scenario: chosen.name }, null, 2)}\n`);
    } else {
      printOut(
        renderEstimate(
          `${inline(proposal.model.name)}, scenario ${chosen.name} (${inline(file)})`,
          estimate,
          samples,
          seed,
        ),
      );
    }
    return ExitCode.ok;
  }

  const result = estimateOrRefuse(file, locator, () =>
    estimateWithScenarios(proposal, estimateOptions),
  );
  if (options.json) {
    const document = estimateDocument(FORECARD_VERSION, proposal, file, bytes, result, {
      samples,
      seed,
    });
    printOut(`${JSON.stringify(document, null, 2)}\n`);
    return ExitCode.ok;
  }
  printOut(
    renderEstimate(`${inline(proposal.model.name)} (${inline(file)})`, result.base, samples, seed),
  );
  process.stdout.write(renderActuals(result.base));
  const { rows, ranks } = compareWithReferences(result.base);
  const subject = MODEL_SUBJECT[proposal.model.status ?? "proposed"];
  printOut(renderComparison(rows, ranks, subject));
  printOut(renderTrends(trendExtrapolation(result.base), subject));
  if (result.scenarios.length > 0) printOut(renderScenarios(result.base, result.scenarios));
  return ExitCode.ok;
}

/** Reads --scaling-law; undefined leaves the choice to the proposal (default besiroglu2024). */
export function scalingLawOption(
  raw: string | undefined,
): "hoffmann2022" | "besiroglu2024" | undefined {
  if (raw === undefined || raw === "hoffmann2022" || raw === "besiroglu2024") return raw;
  throw new UserError(
    `--scaling-law: expected hoffmann2022 or besiroglu2024, got ${JSON.stringify(raw)}`,
  );
}
