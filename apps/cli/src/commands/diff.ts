import { DEFAULT_SAMPLES } from "@forecard/core-estimates";
import { diffProposals, formatDiffMarkdown } from "@forecard/diff";
import type { JudgedProposal } from "@forecard/policy";
import { isoDate, type Policy } from "@forecard/schema";
import { fileAtRevision, judgeFile, readInput, requirePolicy } from "@forecard/workspace";
import { format } from "date-fns/format";
import { ExitCode, UserError } from "../errors.js";
import { integerOption } from "../numbers.js";
import { printOut } from "../terminal.js";

/** Options of `forecard diff`. */
export interface DiffOptions {
  /** Read the base version of FILE from this git revision. */
  baseRef?: string;
  /** Also compare findings under this policy. */
  policy?: string;
  /** Print JSON instead of Markdown. @default false */
  json?: boolean;
  today?: string;
  samples?: string;
  seed?: string;
}

/** Compares two versions of a proposal: inputs, figures, checklist statuses and findings. */
export async function run(
  first: string,
  second: string | undefined,
  options: DiffOptions,
): Promise<number> {
  if (options.baseRef && second)
    throw new UserError("diff: give BASE HEAD, or FILE --base-ref REF, not both");
  if (!options.baseRef && !second)
    throw new UserError("diff: give BASE HEAD, or FILE --base-ref REF");
  const today = options.today ?? format(new Date(), "yyyy-MM-dd");
  if (!isoDate.safeParse(today).success)
    throw new UserError(
      `--today: expected a date YYYY-MM-DD that exists, got ${JSON.stringify(today)}`,
    );
  const judgeOptions = {
    today,
    samples: integerOption("--samples", options.samples, DEFAULT_SAMPLES, 1, 1_000_000),
    seed: integerOption("--seed", options.seed, 1, 0, 2 ** 32 - 1),
    policyFile: options.policy,
  };
  const policy: Policy | undefined = options.policy ? requirePolicy(options.policy) : undefined;

  const headFile = second ?? first;
  const head = judgeFile(headFile, policy, judgeOptions, readInput(headFile));
  let base: JudgedProposal | undefined;
  let baseName: string;
  if (options.baseRef) {
    baseName = `${options.baseRef}:${first}`;
    const bytes = fileAtRevision(first, options.baseRef);
    base = bytes ? judgeFile(baseName, policy, judgeOptions, bytes) : undefined;
  } else {
    baseName = first;
    base = judgeFile(first, policy, judgeOptions, readInput(first));
  }
  const diff = diffProposals(base, head, { base: baseName, head: headFile }, policy !== undefined);
  printOut(options.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffMarkdown(diff));
  return ExitCode.ok;
}
