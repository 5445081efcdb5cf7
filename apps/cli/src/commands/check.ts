import { appendFileSync, existsSync } from "node:fs";
import { DEFAULT_SAMPLES } from "@forecard/core-estimates";
import { isoDate } from "@forecard/schema";
import { format } from "date-fns/format";
import { formatGithub } from "../check/github.js";
import { formatJson } from "../check/json.js";
import { type Judgement, judge } from "../check/judge.js";
import { formatJunit } from "../check/junit.js";
import { formatMarkdown } from "../check/markdown.js";
import { formatSarif } from "../check/sarif.js";
import { formatText } from "../check/text.js";
import { EnvironmentError, ExitCode, UserError } from "../errors.js";
import { requirePolicy } from "../load-files.js";
import { integerOption } from "../numbers.js";
import { FORECARD_VERSION } from "../version.js";

/** Options of `forecard check`. */
export interface CheckOptions {
  /** The policy file. @default "policy.yaml" when it exists */
  policy?: string;
  /** text, markdown, json, github, sarif or junit. @default "text" */
  format?: string;
  /** Shorthand for --format json. */
  json?: boolean;
  /** Judge answer ages against this date. @default today */
  today?: string;
  samples?: string;
  seed?: string;
}

const FORMATS = ["text", "markdown", "json", "github", "sarif", "junit"] as const;

/** Checks proposals against a policy: exit 0 pass, 1 fail, 2 invalid input. Never loads a browser. */
export async function run(files: string[], options: CheckOptions): Promise<number> {
  const formatName = options.json ? "json" : (options.format ?? "text");
  if (!FORMATS.includes(formatName as (typeof FORMATS)[number])) {
    throw new UserError(
      `--format: expected ${FORMATS.join(", ")}, got ${JSON.stringify(formatName)}`,
    );
  }
  const today = options.today ?? format(new Date(), "yyyy-MM-dd");
  if (!isoDate.safeParse(today).success)
    throw new UserError(
      `--today: expected a date YYYY-MM-DD that exists, got ${JSON.stringify(today)}`,
    );
  const samples = integerOption("--samples", options.samples, DEFAULT_SAMPLES, 1, 1_000_000);
  const seed = integerOption("--seed", options.seed, 1, 0, 2 ** 32 - 1);
  const policyFile = options.policy ?? "policy.yaml";
  if (!options.policy && !existsSync(policyFile)) {
    throw new UserError(
      "No policy found. Run `forecard init --policy` to create policy.yaml, or pass --policy FILE.",
    );
  }
  const policy = requirePolicy(policyFile);
  const policyName = policy.name ?? policyFile;

  const judgements: Judgement[] = [];
  let invalid = false;
  for (const file of files) {
    try {
      const { analysis: _analysis, ...judgement } = judge(file, policy, {
        today,
        samples,
        seed,
        policyFile,
      });
      judgements.push(judgement);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      for (const line of error.lines) process.stderr.write(`${line}\n`);
      invalid = true;
    }
  }

  const output = {
    text: () => formatText(judgements, policyName),
    markdown: () => formatMarkdown(judgements, policyName),
    json: () => formatJson(judgements, policyName, FORECARD_VERSION),
    github: () => formatGithub(judgements),
    sarif: () => formatSarif(judgements, FORECARD_VERSION),
    junit: () => formatJunit(judgements),
  }[formatName as (typeof FORMATS)[number]]();
  process.stdout.write(output);

  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (formatName === "github" && summary) {
    try {
      appendFileSync(summary, formatMarkdown(judgements, policyName));
    } catch (error) {
      throw new EnvironmentError(
        `GITHUB_STEP_SUMMARY ${summary}: cannot be written (${(error as NodeJS.ErrnoException).code})`,
      );
    }
  }
  if (invalid) return ExitCode.invalidInput;
  return judgements.every((j) => j.verdict === "pass") ? ExitCode.ok : ExitCode.policyFailed;
}
