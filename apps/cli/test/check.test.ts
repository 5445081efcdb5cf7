import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { forecard, ROOT } from "./run-cli.js";

const POLICY = ["--policy", "examples/policy.yaml", "--today", "2026-11-26", "--samples", "2000"];
const scratch = () => mkdtempSync(join(tmpdir(), "forecard-check-"));

describe("forecard check", () => {
  it("fails the dense 100T proposal, naming the budget, the figure and its value", () => {
    const result = forecard(["check", "examples/atlas-100t-dense.yaml", ...POLICY]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL examples\/atlas-100t-dense\.yaml \(Atlas-100T\)/);
    expect(result.stdout).toMatch(
      /error {3}examples\/atlas-100t-dense\.yaml:\d+:1 energy-cap: energy\.trainingMWh p95 = [\d.]+ TWh exceeds the budget of 1 TWh/,
    );
  });

  it("judges the MoE proposal on its own numbers: within budget, failing on open risks", () => {
    const result = forecard(["check", "examples/atlas-100t-moe.yaml", ...POLICY, "--json"]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).files[0].findings as { ruleId: string }[];
    expect(findings.some((f) => f.ruleId.endsWith("-cap"))).toBe(false);
    expect(findings.some((f) => f.ruleId === "checklist-open-high-risks")).toBe(true);
  });

  it("passes a proposal that meets the policy", () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "p.yaml"),
      "schemaVersion: 1\nmodel: { name: Small }\narchitecture: { parameters: 1B }\ntraining: { tokens: 20B, accelerator: nvidia-h100-sxm, acceleratorCount: 64 }\n",
    );
    writeFileSync(
      join(dir, "policy.yaml"),
      "schemaVersion: 1\nbudgets:\n  - { id: e, figure: energy.trainingMWh, statistic: p95, max: 1000 }\n",
    );
    const result = forecard(["check", "p.yaml"], dir);
    expect(result.stdout).toMatch(/^PASS p\.yaml \(Small\): 0 errors, 0 warnings/);
    expect(result.code).toBe(0);
  });

  it("says how to create a policy when none is found", () => {
    const result = forecard(["check", join(ROOT, "examples/llama-2-70b.yaml")], scratch());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "No policy found. Run `forecard init --policy` to create policy.yaml, or pass --policy FILE.\n",
    );
  });

  it("rejects an invalid policy with file, line and field", () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "bad.yaml"),
      "schemaVersion: 1\nbudgets:\n  - id: x\n    figure: energy.trainingMWh\n    max: 10\n    severity: fatal\n",
    );
    const result = forecard(
      ["check", join(ROOT, "examples/llama-2-70b.yaml"), "--policy", "bad.yaml"],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'bad.yaml:6:15 budgets[0].severity: expected error or warning, got "fatal"\n',
    );
  });

  it("annotates the proposal's lines in GitHub format and writes the job summary", () => {
    const summary = join(scratch(), "summary.md");
    const result = forecard(
      ["check", "examples/atlas-100t-dense.yaml", ...POLICY, "--format", "github"],
      undefined,
      { GITHUB_STEP_SUMMARY: summary },
    );
    expect(result.code).toBe(1);
    const lines = readFileSync(join(ROOT, "examples/atlas-100t-dense.yaml"), "utf8").split("\n");
    const stale = result.stdout.split("\n").find((l) => l.includes("checklist-stale-answer"));
    const line = Number(/line=(\d+)/.exec(stale ?? "")?.[1]);
    expect(lines[line - 1]?.trim()).toBe("data.copyright:");
    const energy = result.stdout.split("\n").find((l) => l.includes("title=forecard energy-cap"));
    expect(energy).toMatch(
      /^::error file=examples\/atlas-100t-dense\.yaml,line=\d+,col=1,title=forecard energy-cap::energy-cap%3A|^::error file=examples\/atlas-100t-dense\.yaml,line=\d+,col=1,title=forecard energy-cap::energy-cap: /,
    );
    expect(lines[Number(/line=(\d+)/.exec(energy ?? "")?.[1]) - 1]).toBe("training:");
    expect(readFileSync(summary, "utf8")).toMatch(
      /^## Forecard policy check: ❌ fail \(1 of 1 failed\)/,
    );
  });

  it("writes SARIF that validates against the SARIF 2.1.0 JSON Schema", () => {
    const result = forecard([
      "check",
      "examples/atlas-100t-dense.yaml",
      "examples/atlas-100t-moe.yaml",
      ...POLICY,
      "--format",
      "sarif",
    ]);
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(
      readFileSync(
        require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"),
        "utf8",
      ),
    );
    // The SARIF 2.1.0 schema is written in JSON Schema draft 04.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(result.stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(5);
    // The validator is not a rubber stamp: a level SARIF does not define is refused.
    expect(
      validate({
        ...log,
        runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: "fatal" }] }],
      }),
    ).toBe(false);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThan(
      1,
    );
  });

  it("writes Markdown for a pull-request comment", () => {
    const result = forecard([
      "check",
      "examples/atlas-100t-dense.yaml",
      ...POLICY,
      "--format",
      "markdown",
    ]);
    expect(result.stdout).toContain("| ❌ | `energy-cap` |");
  });

  it("never loads a browser", () => {
    // A resolve hook that fails any import of puppeteer proves the check path never reaches it.
    const hook = `data:text/javascript,${encodeURIComponent(
      'import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent("export async function resolve(s, c, next) { if (s.includes(\\"puppeteer\\")) throw new Error(\\"puppeteer imported: \\" + s); return next(s, c); }"));',
    )}`;
    const result = forecard(["check", "examples/atlas-100t-moe.yaml", ...POLICY], undefined, {
      NODE_OPTIONS: `--import=${hook}`,
    });
    expect(result.stderr).not.toContain("puppeteer imported");
    expect(result.code).toBe(1);
    const report = forecard(
      ["report", "examples/llama-2-70b.yaml", "--format", "pdf", "--out", scratch()],
      undefined,
      { NODE_OPTIONS: `--import=${hook}` },
    );
    expect(report.stderr).toContain("puppeteer imported");
  });
});
