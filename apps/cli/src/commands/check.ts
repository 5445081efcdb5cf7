import { appendFileSync, existsSync } from "node:fs";
import { DEFAULT_SAMPLES } from "@forecard/core-estimates";
import {
  CHECK_FORMATS,
  type CheckFormat,
  formatCheck,
  formatMarkdown,
  type Judgement,
  overallVerdict,
  withRequirements,
} from "@forecard/policy";
import { FIGURE_KEYS, identifier, isoDate } from "@forecard/schema";
import { enclosingRepository, gitTopLevel, judgeFiles, loadGatePolicy } from "@forecard/workspace";
import { format } from "date-fns/format";
import { EnvironmentError, ExitCode, UserError } from "../errors.js";
import { integerOption } from "../numbers.js";
import { printErrors, printOut } from "../terminal.js";
import { FORECARD_VERSION } from "../version.js";

/** Options of `forecard check`. */
export interface CheckOptions {
  /** The policy file. @default "policy.yaml" when it exists */
  policy?: string;
  /** Read the policy as it is at this git revision (the pull request's base). */
  policyRef?: string;
  /** Comma-separated figure keys and checklist ids that must be present. */
  require?: string;
  /** text, markdown, json, github, sarif or junit. @default "text" */
  format?: string;
  /** Shorthand for --format json. */
  json?: boolean;
  /** Judge answer ages against this date. @default today */
  today?: string;
  samples?: string;
  seed?: string;
}

/** The items of --require: figure keys (dotted) and checklist ids. */
function requiredItems(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  const items = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    const figure = (FIGURE_KEYS as readonly string[]).includes(item);
    if (!figure && (item.includes(".") || !identifier.safeParse(item).success))
      throw new UserError(
        `--require: ${JSON.stringify(item)} is neither a figure key (e.g. energy.trainingMWh) nor a checklist id`,
      );
  }
  return items;
}

/** Checks proposals against a policy: exit 0 pass, 1 fail, 2 invalid input. Never loads a browser. */
export async function run(files: string[], options: CheckOptions): Promise<number> {
  const formatName = options.json ? "json" : (options.format ?? "text");
  if (!CHECK_FORMATS.includes(formatName as CheckFormat)) {
    throw new UserError(
      `--format: expected ${CHECK_FORMATS.join(", ")}, got ${JSON.stringify(formatName)}`,
    );
  }
  const today = options.today ?? format(new Date(), "yyyy-MM-dd");
  if (!isoDate.safeParse(today).success)
    throw new UserError(
      `--today: expected a date YYYY-MM-DD that exists, got ${JSON.stringify(today)}`,
    );
  const samples = integerOption("--samples", options.samples, DEFAULT_SAMPLES, 1, 1_000_000);
  const seed = integerOption("--seed", options.seed, 1, 0, 2 ** 32 - 1);
  const required = requiredItems(options.require);
  const policyFile = options.policy ?? "policy.yaml";
  if (!options.policy && !options.policyRef && !existsSync(policyFile)) {
    throw new UserError(
      "No policy found. Run `forecard init --policy` to create policy.yaml, or pass --policy FILE.",
    );
  }
  const gate = loadGatePolicy(policyFile, options.policyRef);
  const policy = withRequirements(gate.policy, required);

  const judgements: Judgement[] = judgeFiles(files, policy, {
    today,
    samples,
    seed,
    policyFile,
  });
  if (gate.changed) judgements.push(gate.changed);
  for (const j of judgements)
    if (j.verdict === "invalid")
      printErrors(j.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`));

  const context = {
    policyName: gate.name,
    policySource: gate.source,
    policy,
    version: FORECARD_VERSION,
    // Only SARIF reads the root (its URIs are relative to it); asking git costs a process.
    root:
      formatName === "sarif"
        ? (gitTopLevel(process.cwd()) ?? enclosingRepository(process.cwd()))
        : process.cwd(),
  };
  printOut(formatCheck(formatName as CheckFormat, judgements, context));

  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (formatName === "github" && summary) {
    try {
      appendFileSync(summary, formatMarkdown(judgements, context));
    } catch (error) {
      throw new EnvironmentError(
        `GITHUB_STEP_SUMMARY ${summary}: cannot be written (${(error as NodeJS.ErrnoException).code})`,
      );
    }
  }
  const verdict = overallVerdict(judgements);
  if (verdict === "invalid") return ExitCode.invalidInput;
  return verdict === "pass" ? ExitCode.ok : ExitCode.policyFailed;
}
