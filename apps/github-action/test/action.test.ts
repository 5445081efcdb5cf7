import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { upsertComment } from "../src/github-api.js";
import { readInputs } from "../src/inputs.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../dist/index.mjs", import.meta.url));

interface Recorded {
  method: string;
  url: string;
  authorization?: string;
  body?: { body?: string };
}

// A stand-in for the GitHub REST API on loopback that records every request.
const requests: Recorded[] = [];
const comments: { id: number; body: string }[] = [];
let server: Server;
let api = "";

function read(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    request.on("data", (chunk) => {
      data += chunk;
    });
    request.on("end", () => resolve(data));
  });
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const text = await read(request);
    const body = text ? JSON.parse(text) : undefined;
    requests.push({
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization,
      body,
    });
    response.setHeader("Content-Type", "application/json");
    if (request.url?.startsWith("/repos/broken/")) {
      response.statusCode = 403;
      return response.end(JSON.stringify({ message: "Resource not accessible by integration" }));
    }
    if (request.method === "GET") return response.end(JSON.stringify(comments));
    if (request.method === "POST") {
      const comment = { id: 100 + comments.length, body: body.body };
      comments.push(comment);
      response.statusCode = 201;
      return response.end(JSON.stringify(comment));
    }
    const id = Number(request.url?.split("/").pop());
    const comment = comments.find((c) => c.id === id);
    if (comment) comment.body = body.body;
    response.end(JSON.stringify(comment ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "forecard-action-"));
  mkdirSync(join(dir, "proposals"));
  copyFileSync(join(ROOT, "examples/atlas-100t-dense.yaml"), join(dir, "proposals/dense.yaml"));
  copyFileSync(join(ROOT, "examples/policy.yaml"), join(dir, "policy.yaml"));
  writeFileSync(join(dir, "event.json"), JSON.stringify({ pull_request: { number: 7 } }));
  return dir;
}

function runBundle(
  dir: string,
  extra: Record<string, string> = {},
): Promise<{ code: number; stdout: string }> {
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_PATH: join(dir, "event.json"),
    GITHUB_REPOSITORY: "example/lab",
    GITHUB_TOKEN: "test-token",
    GITHUB_API_URL: api,
    GITHUB_OUTPUT: join(dir, "output.txt"),
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    RUNNER_TEMP: dir,
    INPUT_FILES: "proposals/*.yaml",
    INPUT_POLICY: "policy.yaml",
    ...extra,
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: dir, env });
    let stdout = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.on("exit", (code) => resolve({ code: code ?? -1, stdout }));
  });
}

describe("the bundled action", () => {
  it("annotates findings, writes outputs and summary, creates then updates one comment", async () => {
    const dir = workspace();
    const first = await runBundle(dir);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /^::error file=proposals\/dense\.yaml,line=\d+,col=\d+,title=forecard energy-cap::/m,
    );
    expect(readFileSync(join(dir, "output.txt"), "utf8")).toBe(
      `verdict=fail\nsummary=${join(dir, "forecard-summary.md")}\n`,
    );
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain("## Forecard policy check");
    expect(requests.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual([
      "GET /repos/example/lab/issues/7/comments",
      "POST /repos/example/lab/issues/7/comments",
    ]);
    expect(requests[0]?.authorization).toBe("Bearer test-token");
    expect(comments[0]?.body.startsWith("<!-- forecard:check -->")).toBe(true);

    const second = await runBundle(dir);
    expect(second.code).toBe(1);
    expect(requests.slice(2).map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual([
      "GET /repos/example/lab/issues/7/comments",
      `PATCH /repos/example/lab/issues/comments/${comments[0]?.id}`,
    ]);
    expect(comments).toHaveLength(1);
  });

  it("reports only with fail-on never, and writes no comment with comment false", async () => {
    const before = requests.length;
    const result = await runBundle(workspace(), {
      "INPUT_FAIL-ON": "never",
      INPUT_COMMENT: "false",
    });
    expect(result.code).toBe(0);
    expect(requests.length).toBe(before);
  });

  it("turns bad input into an annotation and exit 2", async () => {
    const dir = workspace();
    writeFileSync(
      join(dir, "proposals/bad.yaml"),
      "schemaVersion: 1\nmodel: { name: X }\ntraining: { acceleratorCount: -5 }\n",
    );
    const result = await runBundle(dir, { INPUT_COMMENT: "false" });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      "::error file=proposals/bad.yaml,line=3,col=31,title=forecard invalid input::training.acceleratorCount: expected a positive integer, got -5",
    );
  });
});

describe("hostile file names and keys", () => {
  it("percent-encodes the file= property and keeps every message on one line", async () => {
    const dir = workspace();
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
  ])("refuses %j", (env, message) => {
    expect(() => readInputs(env)).toThrow(message);
  });
});

describe("upsertComment", () => {
  it("reports a refusing API with its status and message", async () => {
    await expect(
      upsertComment({ url: api, token: "t", repository: "broken/repo" }, 1, "<!-- m -->", "x"),
    ).rejects.toThrow(
      /GitHub API GET \/repos\/broken\/repo\/issues\/1\/comments\?per_page=100&page=1 answered 403: .*not accessible/,
    );
  });
});

describe("action.yml", () => {
  it("runs the committed bundle on node24 and declares its inputs and outputs", () => {
    const action = parse(readFileSync(new URL("../action.yml", import.meta.url), "utf8"));
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.mjs" });
    expect(Object.keys(action.inputs)).toEqual(["files", "policy", "comment", "fail-on"]);
    expect(Object.keys(action.outputs)).toEqual(["verdict", "summary"]);
  });
});
