import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  formatGithub,
  formatMarkdown,
  type Judgement,
  judge,
  requirePolicy,
  UserError,
} from "@forecard/cli/check";
import { globSync } from "tinyglobby";
import { upsertComment } from "./github-api.js";
import { InputError, readInputs } from "./inputs.js";

/** Marker of the action's one pull-request comment. */
export const COMMENT_MARKER = "<!-- forecard:check -->";

const today = () => new Date().toISOString().slice(0, 10);
const annotationText = (text: string) =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

function pullRequestNumber(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as {
      pull_request?: { number?: number };
    };
    return event.pull_request?.number;
  } catch {
    return undefined;
  }
}

/** Runs the action: returns the process exit code. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  let inputs: ReturnType<typeof readInputs>;
  try {
    inputs = readInputs(env);
  } catch (error) {
    if (error instanceof InputError) {
      process.stdout.write(`::error title=forecard::${annotationText(error.message)}\n`);
      return 2;
    }
    throw error;
  }
  const files = globSync(inputs.files, { cwd: workspace, onlyFiles: true }).sort();
  if (files.length === 0) {
    process.stdout.write(
      `::error title=forecard::${annotationText(`no proposal matches ${inputs.files.join(" ")}`)}\n`,
    );
    return 2;
  }

  const judgements: Judgement[] = [];
  let invalid = false;
  const previous = process.cwd();
  process.chdir(workspace);
  try {
    const policy = requirePolicy(inputs.policy);
    for (const file of files) {
      try {
        const { analysis: _analysis, ...judgement } = judge(file, policy, {
          today: today(),
          samples: 10_000,
          seed: 1,
          policyFile: inputs.policy,
        });
        judgements.push(judgement);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        invalid = true;
        for (const line of error.lines) {
          const match = /^(.+?):(\d+):(\d+) (.*)$/.exec(line);
          process.stdout.write(
            match
              ? `::error file=${match[1]},line=${match[2]},col=${match[3]},title=forecard invalid input::${annotationText(match[4] ?? line)}\n`
              : `::error title=forecard invalid input::${annotationText(line)}\n`,
          );
        }
      }
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    for (const line of error.lines)
      process.stdout.write(`::error title=forecard policy::${annotationText(line)}\n`);
    return 2;
  } finally {
    process.chdir(previous);
  }

  process.stdout.write(formatGithub(judgements));
  const policyName = inputs.policy;
  const markdown = formatMarkdown(judgements, policyName);
  const summaryPath = join(env.RUNNER_TEMP ?? workspace, "forecard-summary.md");
  writeFileSync(summaryPath, markdown);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
  const verdict = !invalid && judgements.every((j) => j.verdict === "pass") ? "pass" : "fail";
  if (env.GITHUB_OUTPUT)
    appendFileSync(env.GITHUB_OUTPUT, `verdict=${verdict}\nsummary=${summaryPath}\n`);

  const number = pullRequestNumber(env);
  if (inputs.comment && number !== undefined) {
    if (!env.GITHUB_TOKEN || !env.GITHUB_REPOSITORY) {
      process.stdout.write(
        "::warning title=forecard::comment is on but GITHUB_TOKEN or GITHUB_REPOSITORY is not set; no comment written\n",
      );
    } else {
      const api = {
        url: env.GITHUB_API_URL ?? "https://api.github.com",
        token: env.GITHUB_TOKEN,
        repository: env.GITHUB_REPOSITORY,
      };
      const result = await upsertComment(
        api,
        number,
        COMMENT_MARKER,
        `${COMMENT_MARKER}\n${markdown}`,
      );
      process.stdout.write(`forecard: ${result.action} pull-request comment ${result.id}\n`);
    }
  }

  if (invalid) return 2;
  const findings = judgements.flatMap((j) => j.findings);
  if (inputs.failOn === "never") return 0;
  if (inputs.failOn === "warning") return findings.length > 0 ? 1 : 0;
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
