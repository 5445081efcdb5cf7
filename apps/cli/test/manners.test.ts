import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createProgress, wantsLiveProgress } from "../src/progress.js";
import { forecard, ROOT } from "./run-cli.js";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "forecard-manners-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the command with `input` on standard input. */
function withInput(args: string[], input: string) {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CHECKLIST = `id: team-review
version: "1"
title: Team review
sections:
  - id: before
    title: Before training
    items:
      - id: sign-off
        question: Did the review board sign off?
`;

describe("a closed pipe", () => {
  it("ends the command quietly: schema proposal | head -1", () => {
    // The schema is larger than a pipe's buffer, so the write outlives the reader.
    const run = spawnSync(
      "bash",
      ["-c", `set -o pipefail; "${process.execPath}" "${MAIN}" schema proposal | head -1`],
      { encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("{\n");
    expect(run.status).toBe(0);
  });
});

describe("a slow reader", () => {
  // The command exits as soon as it is done (exit-when-flushed.ts): whatever reads its output
  // late must still get all of it, and the exit code must be the command's.
  const slowly = (args: string) =>
    spawnSync(
      "bash",
      ["-c", `set -o pipefail; "${process.execPath}" "${MAIN}" ${args} | (sleep 1; cat)`],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );

  it("gets all of an output larger than a pipe's buffer", () => {
    const run = slowly("estimate examples/atlas-100t-dense.yaml --json");
    expect(run.stderr).toBe("");
    expect(run.stdout.length).toBeGreaterThan(65_536);
    expect(JSON.parse(run.stdout).figures["energy.trainingMWh"].unit).toBe("MWh");
    expect(run.status).toBe(0);
  });

  it("gets a failed check's whole report, and its exit code 1", () => {
    const run = slowly(
      "check examples/atlas-100t-moe.yaml --policy examples/policy.yaml --today 2026-11-26 --format json",
    );
    expect(JSON.parse(run.stdout).verdict).toBe("fail");
    expect(run.status).toBe(1);
  });
});

describe("the progress bar", () => {
  it("is shown only on an interactive terminal", () => {
    expect(wantsLiveProgress({ isTTY: true }, {})).toBe(true);
    expect(wantsLiveProgress({ isTTY: false }, {})).toBe(false);
    expect(wantsLiveProgress({}, {})).toBe(false);
  });

  it.each([
    ["CI", "true"],
    ["TERM", "dumb"],
    ["NO_COLOR", "1"],
  ])("is never shown with %s=%s", (name, value) => {
    expect(wantsLiveProgress({ isTTY: true }, { [name]: value })).toBe(false);
  });

  it("gives the cursor back when the process exits mid-batch (Ctrl-C)", () => {
    let written = "";
    const terminal = {
      isTTY: true,
      columns: 80,
      write: (text: string) => {
        written += text;
        return true;
      },
      cursorTo: () => true,
      moveCursor: () => true,
      clearLine: () => true,
      clearScreenDown: () => true,
      on: () => terminal,
      removeListener: () => terminal,
    } as unknown as NodeJS.WriteStream;
    const before = new Set(process.listeners("exit"));
    // An interactive terminal outside CI, whatever the environment running this test says.
    const progress = createProgress(3, terminal, {});
    const added = process.listeners("exit").filter((listener) => !before.has(listener));
    expect(written).toContain("\x1B[?25l");
    expect(added).toHaveLength(1);
    written = "";
    for (const listener of added) listener(130);
    expect(written).toContain("\x1B[?25h");
    progress.stop();
    expect(process.listeners("exit").filter((listener) => !before.has(listener))).toEqual([]);
  });
});

describe("standard input as -", () => {
  const proposal = readFileSync(join(ROOT, "examples/llama-2-70b.yaml"), "utf8");

  it("validate - reads the proposal from standard input", () => {
    const run = withInput(["validate", "-"], proposal);
    expect(run.stdout).toBe("-: valid proposal (Llama 2 70B)\n");
    expect(run.code).toBe(0);
  });

  it("estimate - gives the same JSON as the file", () => {
    const piped = withInput(["estimate", "-", "--json", "--samples", "200"], proposal);
    const file = forecard(["estimate", "examples/llama-2-70b.yaml", "--json", "--samples", "200"]);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).figures).toEqual(JSON.parse(file.stdout).figures);
  });

  it("check - judges the proposal from standard input", () => {
    const run = withInput(["check", "-", "--policy", "examples/policy.yaml"], proposal);
    expect(run.stdout).toMatch(/^(PASS|FAIL) - \(Llama 2 70B\)/);
    expect([0, 1]).toContain(run.code);
  });

  it("errors name the input -, line and field", () => {
    const run = withInput(["validate", "-"], "schemaVersion: 1\nmodel: { name: 5 }\n");
    expect(run.stderr).toMatch(/^-:2:\d+ model\.name: /);
    expect(run.code).toBe(2);
  });
});

describe("custom checklists", () => {
  it("validate --kind checklist checks a checklist definition", () => {
    const file = join(scratch, "team-review.yaml");
    writeFileSync(file, CHECKLIST);
    const run = forecard(["validate", "--kind", "checklist", file]);
    expect(run.stdout).toBe(`${file}: valid checklist (team-review)\n`);
    expect(run.code).toBe(0);
    // Recognised without --kind too.
    expect(forecard(["validate", file]).stdout).toContain("valid checklist");
  });

  it("validate --kind checklist reports a broken definition", () => {
    const file = join(scratch, "broken.yaml");
    writeFileSync(file, CHECKLIST.replace("title: Team review\n", ""));
    const run = forecard(["validate", "--kind", "checklist", file]);
    expect(run.stderr).toMatch(/title/);
    expect(run.code).toBe(2);
  });

  it("schema checklist prints the checklist file's JSON Schema", () => {
    const run = forecard(["schema", "checklist"]);
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout).properties)).toEqual(
      expect.arrayContaining(["id", "version", "title", "sections"]),
    );
  });
});

describe("checklist template", () => {
  it("prints a block that validates pasted as is below checklists:", () => {
    const block = forecard(["checklist", "template", "environmental"]).stdout;
    const proposal = `schemaVersion: 1\nmodel:\n  name: T\nchecklists:\n${block}`;
    const run = withInput(["validate", "-", "--json"], proposal);
    expect(JSON.parse(run.stdout).valid).toBe(true);
  });
});

describe("report given a policy among proposals", () => {
  it("skips it with one line and renders the proposals", () => {
    const out = join(scratch, "out");
    const run = forecard([
      "report",
      "examples/policy.yaml",
      "examples/llama-2-70b.yaml",
      "--format",
      "json",
      "--out",
      out,
      "--samples",
      "200",
    ]);
    expect(run.stderr).toBe(
      "examples/policy.yaml: skipped, a policy file; report renders proposals\n",
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, "llama-2-70b.estimate.json"), "utf8")).toContain("Llama 2 70B");
  });
});
