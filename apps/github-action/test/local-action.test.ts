import { spawn } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGithub } from "./fake-github.js";
import { pullRequestRepository } from "./pull-request-repository.js";

const HERE = fileURLToPath(new URL("../", import.meta.url));
// GitHub's own runner for actions on a workstation, from the npm registry.
const LOCAL_ACTION = realpathSync(join(HERE, "node_modules/@github/local-action"));
const TSX = createRequire(join(LOCAL_ACTION, "package.json")).resolve("tsx/cli");

const github = new FakeGithub();
beforeAll(() => github.start());
afterAll(() => github.stop());

/** The action as a user's repository would hold it: action.yml and the bundle, nothing else. */
function actionCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "forecard-action-copy-"));
  mkdirSync(join(dir, "dist"));
  copyFileSync(join(HERE, "action.yml"), join(dir, "action.yml"));
  copyFileSync(join(HERE, "dist/index.mjs"), join(dir, "dist/index.mjs"));
  writeFileSync(join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
  return dir;
}

/** The pull request halves the cluster. */
const repository = () =>
  pullRequestRepository((yaml) =>
    yaml.replace("acceleratorCount: 100000", "acceleratorCount: 50000"),
  );

describe("@github/local-action", () => {
  it("runs the bundle's exported run(): annotations, outputs and a comment with the base diff", async () => {
    const action = actionCopy();
    const { dir } = repository();
    const env = [
      "INPUT_FILES=proposals/*.yaml",
      "INPUT_GITHUB-TOKEN=local-token",
      `GITHUB_WORKSPACE=${dir}`,
      `GITHUB_EVENT_PATH=${join(dir, "event.json")}`,
      "GITHUB_EVENT_NAME=pull_request",
      "GITHUB_REPOSITORY=example/lab",
      `GITHUB_API_URL=${github.url}`,
      `GITHUB_GRAPHQL_URL=${github.url}/graphql`,
      `GITHUB_OUTPUT=${join(dir, "output.txt")}`,
      `GITHUB_STEP_SUMMARY=${join(dir, "summary.md")}`,
      `RUNNER_TEMP=${dir}`,
    ].join("\n");
    writeFileSync(join(action, ".env"), `${env}\n`);
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [TSX, join(LOCAL_ACTION, "src/index.ts"), "run", action, "dist/index.mjs", ".env"],
        {
          cwd: action,
          env: {
            PATH: process.env.PATH ?? "",
            HOME: process.env.HOME ?? action,
            TARGET_ACTION_PATH: action,
          },
        },
      );
      let stdout = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stdout += d;
      });
      child.on("exit", (code) => resolve({ code: code ?? -1, stdout }));
    });
    expect(result.stdout).toContain("Running Action");
    expect(result.stdout).not.toContain("does not export a run() function");
    expect(result.stdout).toMatch(
      /^::error file=proposals\/moe\.yaml,line=\d+,col=\d+,title=forecard /m,
    );
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, "output.txt"), "utf8")).toContain("verdict=fail\n");
    const body = github.comments[0]?.body ?? "";
    expect(body).toContain("| `training.acceleratorCount` | `100000` | `50000` |");
    expect(body).toContain("## Forecard policy check: ❌ fail");
  }, 120_000);
});
