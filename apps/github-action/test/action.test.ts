import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readInputs } from "../src/inputs.js";
import { FakeGithub } from "./fake-github.js";
import { type PullRequestRepository, pullRequestRepository } from "./pull-request-repository.js";

const BUNDLE = fileURLToPath(new URL("../dist/index.mjs", import.meta.url));
const MARKER = "<!-- forecard:check -->";

const github = new FakeGithub();
beforeAll(() => github.start());
afterAll(() => github.stop());
beforeEach(() => {
  github.comments = [];
  github.behaviour = { login: "github-actions" };
});

/** The pull request moves the data centre from Sweden to Germany. */
function workspace(pullRequest: Record<string, unknown> = {}): PullRequestRepository {
  return pullRequestRepository((yaml) => yaml.replace("location: SE", "location: DE"), pullRequest);
}

function environment(dir: string, extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_PATH: join(dir, "event.json"),
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_REPOSITORY: "example/lab",
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    GITHUB_SERVER_URL: "https://github.example",
    GITHUB_RUN_ID: "42",
    GITHUB_OUTPUT: join(dir, "output.txt"),
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    RUNNER_TEMP: dir,
    "INPUT_GITHUB-TOKEN": "test-token",
    INPUT_FILES: "proposals/*.yaml",
    INPUT_POLICY: "policy.yaml",
    ...extra,
  };
}

function runBundle(
  dir: string,
  extra: Record<string, string> = {},
  bundle = BUNDLE,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle], { cwd: dir, env: environment(dir, extra) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const outputs = (dir: string) =>
  Object.fromEntries(
    readFileSync(join(dir, "output.txt"), "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );

describe("the bundled action on a pull request", () => {
  it("creates one comment with the diff against the base above the findings, then updates it", async () => {
    const { dir, baseSha } = workspace();
    const first = await runBundle(dir);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /^::error file=proposals\/moe\.yaml,line=\d+,col=\d+,title=forecard checklist-open-high-risks::/m,
    );
    expect(github.calls()).toEqual([
      "POST /graphql",
      "GET /repos/example/lab/issues/7/comments",
      "POST /repos/example/lab/issues/7/comments",
    ]);
    expect(github.requests[0]?.authorization).toBe("Bearer test-token");
    const body = github.comments[0]?.body ?? "";
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    // The diff comes first: the location changed, carbon rose, the policy came from the base.
    const diffAt = body.indexOf("## Forecard: what this pull request changes");
    const findingsAt = body.indexOf("## Forecard policy check: ❌ fail");
    expect(diffAt).toBeGreaterThan(0);
    expect(findingsAt).toBeGreaterThan(diffAt);
    expect(body).toContain(
      `\`${baseSha.slice(0, 12)}:proposals/moe.yaml\` → \`proposals/moe.yaml\``,
    );
    expect(body).toContain("| `datacenter.location` | `SE` | `DE` |");
    expect(body).toMatch(/\| Training carbon, total \| .* \| .* \| \+[\d.]+ \w+ \(\+\d+\.\d%\) \|/);
    expect(body).toContain(`read from \`${baseSha}:policy.yaml\``);

    const out = outputs(dir);
    expect(out).toEqual({
      verdict: "fail",
      summary: join(dir, "forecard-summary.md"),
      json: join(dir, "forecard-check.json"),
    });
    expect(JSON.parse(readFileSync(out.json, "utf8")).verdict).toBe("fail");
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain(
      "what this pull request changes",
    );

    const before = github.requests.length;
    const second = await runBundle(dir);
    expect(second.code).toBe(1);
    expect(github.calls(before)).toEqual([
      "POST /graphql",
      "GET /repos/example/lab/issues/7/comments",
      `PATCH /repos/example/lab/issues/comments/${github.comments[0]?.id}`,
    ]);
    expect(github.comments).toHaveLength(1);
  });

  it("leaves alone someone else's comment that quotes the marker, and writes its own", async () => {
    const { dir } = workspace();
    const quoted = { id: 1, body: `${MARKER}\nI quote the bot`, user: { login: "mallory" } };
    github.comments = [{ ...quoted }];
    const before = github.requests.length;
    const result = await runBundle(dir);
    expect(result.code).toBe(1);
    expect(github.comments[0]).toEqual(quoted);
    expect(github.comments).toHaveLength(2);
    expect(github.calls(before).filter((c) => c.startsWith("PATCH"))).toEqual([]);
  });

  it("edits no comment when the token's identity is unknown", async () => {
    const { dir } = workspace();
    github.behaviour = {};
    github.comments = [{ id: 1, body: `${MARKER}\nold`, user: { login: "github-actions[bot]" } }];
    const result = await runBundle(dir);
    expect(result.code).toBe(1);
    expect(github.comments[0]?.body).toBe(`${MARKER}\nold`);
    expect(result.stdout).toContain("::warning title=forecard::the token's identity is unknown");
  });

  it.each([
    [{ refuseWrites: 403 }, "the token may not write pull-request comments"],
    [{ refuseWrites: 404 }, "the token cannot see this pull request"],
    [{ rateLimited: true }, "rate limit"],
  ])(
    "turns a refused comment (%j) into a warning; the verdict decides the exit",
    async (behaviour, why) => {
      const { dir } = workspace();
      github.behaviour = { login: "github-actions", ...behaviour };
      const failing = await runBundle(dir);
      expect(failing.code).toBe(1);
      expect(failing.stdout).toContain(`::warning title=forecard::no pull-request comment: `);
      expect(failing.stdout).toContain(why);
      expect(failing.stdout).not.toContain("internal error");
      const reportOnly = await runBundle(dir, { "INPUT_FAIL-ON": "never" });
      expect(reportOnly.code).toBe(0);
      expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain("## Forecard policy check");
    },
  );

  it("writes no comment on a fork's pull request and still reports everything", async () => {
    const { dir } = workspace({ head: { repo: { full_name: "stranger/lab" } } });
    const before = github.requests.length;
    const result = await runBundle(dir);
    expect(result.code).toBe(1);
    expect(github.requests.length).toBe(before);
    expect(result.stdout).toContain("::notice title=forecard::fork pull request");
    expect(result.stdout).toMatch(/^::error file=proposals\/moe\.yaml/m);
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain(
      "what this pull request changes",
    );
  });

  it("judges with the base's policy and flags a pull request that loosens it", async () => {
    const { dir, baseSha } = workspace();
    writeFileSync(join(dir, "policy.yaml"), "schemaVersion: 1\nname: anything goes\n");
    const result = await runBundle(dir, { INPUT_COMMENT: "false" });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=policy\.yaml,line=1,col=1,title=forecard policy-changed::/m,
    );
    expect(result.stdout).toContain("title=forecard checklist-open-high-risks");
    const summary = readFileSync(join(dir, "summary.md"), "utf8");
    expect(summary).toContain(`read from \`${baseSha}:policy.yaml\``);
    expect(summary).not.toContain("anything goes");
  });

  it("fails closed when the base commit cannot be read: the pull request's own policy is not trusted", async () => {
    const { dir } = workspace({
      base: { sha: "0123456789abcdef0123456789abcdef01234567", repo: { full_name: "example/lab" } },
    });
    const result = await runBundle(dir, { INPUT_COMMENT: "false", "INPUT_FAIL-ON": "error" });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=policy\.yaml,line=1,col=1,title=forecard policy-unverified::/m,
    );
    expect(result.stdout).toContain("::warning title=forecard::the base revision 0123456789ab");
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain(
      "(working tree; base unavailable)",
    );
  });

  it('says "new proposal" when the base has no such file', async () => {
    const { dir } = workspace();
    copyFileSync(join(dir, "proposals/moe.yaml"), join(dir, "proposals/extra.yaml"));
    await runBundle(dir);
    expect(github.comments[0]?.body).toContain(
      "New proposal: `proposals/extra.yaml` has no version at",
    );
  });

  it("shows an invalid file in the comment and summary, never as a pass, and exits 2", async () => {
    const { dir } = workspace();
    writeFileSync(
      join(dir, "proposals/bad.yaml"),
      "schemaVersion: 1\nmodel: { name: X }\ntraining: { acceleratorCount: -5 }\n",
    );
    const result = await runBundle(dir, { "INPUT_FAIL-ON": "never" });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      "::error file=proposals/bad.yaml,line=3,col=31,title=forecard invalid input::training.acceleratorCount: expected a positive integer, got -5",
    );
    expect(outputs(dir).verdict).toBe("invalid");
    const body = github.comments[0]?.body ?? "";
    expect(body).toContain("## Forecard policy check: ⛔ invalid (1 of 2 could not be judged)");
    expect(body).toContain("### ⛔ `proposals/bad.yaml`: not judged (invalid input)");
    expect(body).not.toContain("✅ pass");
  });

  it("runs when the bundle is copied alone into another folder", async () => {
    const { dir } = workspace();
    const alone = join(mkdtempSync(join(tmpdir(), "forecard-alone-")), "index.mjs");
    copyFileSync(BUNDLE, alone);
    const result = await runBundle(dir, { INPUT_COMMENT: "false" }, alone);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, "forecard-check.json"), "utf8")).forecard).toBe(
      JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version,
    );
  });
});

describe("text from the proposal in the comment", () => {
  it("renders no link, image or mention, in the diff or the findings", async () => {
    const { dir } = workspace();
    const hostile =
      "'![p](https://evil.example/p.png) [login](https://evil.example) <img src=x> @example-org/everyone www.evil.example'";
    const text = readFileSync(join(dir, "proposals/moe.yaml"), "utf8").replace(
      "name: Atlas-100T-MoE",
      `name: ${hostile}`,
    );
    writeFileSync(join(dir, "proposals/moe.yaml"), text);
    await runBundle(dir);
    const body = github.comments[0]?.body ?? "";
    expect(body).toContain("evil.example");
    const html = micromark(body, {
      allowDangerousHtml: true,
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    expect(html).not.toMatch(/<a |<img /);
    const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, "");
    expect(outsideCode).not.toMatch(/@example-org|evil\.example/);
  });
});

describe("hostile file names and keys", () => {
  it("percent-encodes the file= property and keeps every message on one line", async () => {
    const { dir } = workspace();
    writeFileSync(
      join(dir, "proposals/a,b:c.yaml"),
      'schemaVersion: 1\nmodel: { name: X }\n"k\\n::stop-commands::t\\r\\e": 1\n',
    );
    const result = await runBundle(dir, { INPUT_COMMENT: "false" });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("::error file=proposals/a%2Cb%3Ac.yaml,line=3,col=1,");
    expect(result.stdout).not.toMatch(/^::stop-commands::/m);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters.
    expect(result.stdout).not.toMatch(/[\r\u001b]/);
  });
});

describe("inputs", () => {
  it.each([
    [{ INPUT_FILES: "" }, "input files: give at least one proposal file or glob"],
    [
      { INPUT_FILES: "a.yaml", "INPUT_FAIL-ON": "sometimes" },
      'input fail-on: expected error, warning or never, got "sometimes"',
    ],
    [
      { INPUT_FILES: "a.yaml", INPUT_COMMENT: "yes" },
      'input comment: expected true or false, got "yes"',
    ],
    [{ INPUT_FILES: "a.yaml", "INPUT_BASE-REF": "--upload-pack=x" }, "input base-ref:"],
  ])("refuses %j", (env, message) => {
    expect(() => readInputs(env)).toThrow(message);
  });

  it("takes the token from github-token, else from GITHUB_TOKEN", () => {
    expect(
      readInputs({ INPUT_FILES: "a", "INPUT_GITHUB-TOKEN": "x", GITHUB_TOKEN: "y" }).githubToken,
    ).toBe("x");
    expect(readInputs({ INPUT_FILES: "a", GITHUB_TOKEN: "y" }).githubToken).toBe("y");
  });
});

describe("action.yml", () => {
  it("runs the committed bundle on node24 and declares its inputs and outputs", () => {
    const action = parse(readFileSync(new URL("../action.yml", import.meta.url), "utf8"));
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.mjs" });
    expect(Object.keys(action.inputs)).toEqual([
      "files",
      "policy",
      "comment",
      "fail-on",
      "github-token",
      "base-ref",
    ]);
    expect(action.inputs["github-token"].default).toBe(["$", "{{ github.token }}"].join(""));
    expect(Object.keys(action.outputs)).toEqual(["verdict", "summary", "json"]);
  });
});
