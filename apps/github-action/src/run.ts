import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkHeadline,
  formatGithub,
  formatJson,
  formatMarkdown,
  invalidFile,
  type JudgedProposal,
  type Judgement,
  overallVerdict,
} from "@forecard/policy";
import { type GatePolicy, judgeFile, UserError } from "@forecard/workspace";
import { globSync } from "tinyglobby";
import { baseDiffs, gatePolicy, resolveBase } from "./base.js";
import { COMMENT_MARKER, commentBody } from "./comment.js";
import { readPullRequest } from "./event.js";
import { explainCommentFailure, upsertComment } from "./github-api.js";
import { type ActionInputs, InputError, readInputs } from "./inputs.js";
import { ACTION_VERSION } from "./version.js";
import { workflowCommand } from "./workflow-commands.js";

const today = () => new Date().toISOString().slice(0, 10);
const JUDGE_OPTIONS = { samples: 10_000, seed: 1 };

interface Outcome {
  judgements: Judgement[];
  heads: JudgedProposal[];
  gate: GatePolicy;
}

function judgeAll(files: string[], gate: GatePolicy, policyFile: string): Outcome {
  const judgements: Judgement[] = [];
  const heads: JudgedProposal[] = [];
  for (const file of files) {
    try {
      const judged = judgeFile(file, gate.policy, {
        today: today(),
        ...JUDGE_OPTIONS,
        policyFile,
      });
      heads.push(judged);
      const { analysis: _analysis, ...judgement } = judged;
      judgements.push(judgement);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      judgements.push(invalidFile(file, error.lines));
    }
  }
  if (gate.changed) judgements.push(gate.changed);
  return { judgements, heads, gate };
}

function exitCode(judgements: readonly Judgement[], failOn: ActionInputs["failOn"]): number {
  if (overallVerdict(judgements) === "invalid") return 2;
  const findings = judgements.flatMap((j) => (j.verdict === "invalid" ? [] : j.findings));
  if (failOn === "never") return 0;
  if (failOn === "warning") return findings.length > 0 ? 1 : 0;
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

async function comment(
  env: NodeJS.ProcessEnv,
  inputs: ActionInputs,
  number: number,
  body: string,
): Promise<void> {
  if (!inputs.githubToken || !env.GITHUB_REPOSITORY) {
    process.stdout.write(
      workflowCommand(
        "warning",
        "no pull-request comment: no github-token or GITHUB_REPOSITORY; the job summary has the full report",
      ),
    );
    return;
  }
  const api = {
    url: env.GITHUB_API_URL ?? "https://api.github.com",
    ...(env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {}),
    token: inputs.githubToken,
    repository: env.GITHUB_REPOSITORY,
  };
  try {
    const result = await upsertComment(api, number, COMMENT_MARKER, body);
    process.stdout.write(`forecard: ${result.action} pull-request comment ${result.id}\n`);
    if (!result.identityKnown)
      process.stdout.write(
        workflowCommand(
          "warning",
          "the token's identity is unknown, so no earlier Forecard comment was edited; a new one was written",
        ),
      );
  } catch (error) {
    // A comment is a convenience: the verdict, annotations and job summary stand without it.
    process.stdout.write(
      workflowCommand(
        "warning",
        `no pull-request comment: ${explainCommentFailure(error)}; the job summary has the full report`,
      ),
    );
  }
}

/**
 * Runs the action: checks the proposals against the policy (the base revision's on a pull
 * request), annotates their lines, writes the job summary, the outputs and one pull-request
 * comment with the diff against the base. Sets and returns the exit code: 0 pass, 1 fail (as
 * `fail-on` says), 2 invalid input.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const code = await runChecked(env);
  process.exitCode = code;
  return code;
}

async function runChecked(env: NodeJS.ProcessEnv): Promise<number> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stdout.write(workflowCommand("error", error.message));
    return 2;
  }
  const files = globSync(inputs.files, { cwd: workspace, onlyFiles: true }).sort();
  if (files.length === 0) {
    process.stdout.write(workflowCommand("error", `no proposal matches ${inputs.files.join(" ")}`));
    return 2;
  }
  const pr = readPullRequest(env);
  const previous = process.cwd();
  process.chdir(workspace);
  let outcome: Outcome;
  let diffs: string;
  let baseNote: string;
  try {
    const base = resolveBase(workspace, inputs.baseRef, pr?.baseSha);
    baseNote = base.problem ?? "";
    const gate = gatePolicy(inputs.policy, base);
    outcome = judgeAll(files, gate, inputs.policy);
    diffs = baseDiffs(outcome.heads, gate.policy, base, {
      today: today(),
      ...JUDGE_OPTIONS,
      policyFile: inputs.policy,
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    for (const line of error.lines)
      process.stdout.write(workflowCommand("error", line, { title: "forecard policy" }));
    return 2;
  } finally {
    process.chdir(previous);
  }
  const { judgements, gate } = outcome;
  const context = {
    policyName: gate.name,
    policySource: gate.source,
    policy: gate.policy,
    version: ACTION_VERSION,
    root: workspace,
  };
  process.stdout.write(formatGithub(judgements));
  if (baseNote) process.stdout.write(workflowCommand("warning", baseNote));

  const findings = formatMarkdown(judgements, context);
  // What the change does comes first, then the findings: in the summary as in the comment.
  const report = diffs ? `${diffs}\n${findings}` : findings;
  const temp = env.RUNNER_TEMP ?? workspace;
  const summaryPath = join(temp, "forecard-summary.md");
  const jsonPath = join(temp, "forecard-check.json");
  writeFileSync(summaryPath, report);
  writeFileSync(jsonPath, formatJson(judgements, context));
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, report);
  const verdict = overallVerdict(judgements);
  if (env.GITHUB_OUTPUT)
    appendFileSync(
      env.GITHUB_OUTPUT,
      `verdict=${verdict}\nsummary=${summaryPath}\njson=${jsonPath}\n`,
    );

  if (inputs.comment && pr) {
    const runUrl = `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY ?? ""}/actions/runs/${env.GITHUB_RUN_ID ?? ""}`;
    const body = commentBody(report, checkHeadline(judgements), runUrl);
    if (pr.fork && env.GITHUB_EVENT_NAME === "pull_request") {
      process.stdout.write(
        workflowCommand(
          "notice",
          "fork pull request: its token is read-only, so no comment is written; the annotations and the job summary have the full report",
        ),
      );
    } else await comment(env, inputs, pr.number, body);
  }
  return exitCode(judgements, inputs.failOn);
}
