import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecard, ROOT } from "./run-cli.js";

const FAST = ["--today", "2026-11-26", "--samples", "500"];
const scratch = () => mkdtempSync(join(tmpdir(), "forecard-gate-"));
const NAME_ONLY = "schemaVersion: 1\nmodel: { name: Nameless }\n";
const CAP = "budgets:\n  - { id: energy-cap, figure: energy.trainingMWh, max: 10 }\n";

function check(dir: string, policy: string, extra: string[] = []) {
  writeFileSync(join(dir, "p.yaml"), NAME_ONLY);
  writeFileSync(join(dir, "policy.yaml"), `schemaVersion: 1\n${policy}`);
  return forecard(["check", "p.yaml", ...FAST, ...extra], dir);
}

describe("budgets fail closed", () => {
  it("fails the dense proposal without its accelerator: the energy cap cannot be shown to hold", () => {
    const dir = scratch();
    const text = readFileSync(join(ROOT, "examples/atlas-100t-dense.yaml"), "utf8");
    expect(text).toContain("  accelerator: nvidia-b200\n");
    writeFileSync(join(dir, "dense.yaml"), text.replace("  accelerator: nvidia-b200\n", ""));
    const result = forecard([
      "check",
      join(dir, "dense.yaml"),
      "--policy",
      "examples/policy.yaml",
      ...FAST,
      "--json",
    ]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).files[0].findings as {
      ruleId: string;
      severity: string;
      message: string;
    }[];
    const energy = findings.find((f) => f.ruleId === "energy-cap");
    expect(energy?.severity).toBe("error");
    expect(energy?.message).toMatch(
      /could not be estimated \(it needs .+\), so the budget cannot be shown to hold/,
    );
  });

  it("fails a name-only proposal against a 10 MWh cap, naming what the figure needs", () => {
    const result = check(scratch(), CAP);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /error {3}p\.yaml:2:\d+ energy-cap: energy\.trainingMWh could not be estimated \(it needs [^)]+\)/,
    );
  });

  it("passes it with a warning only when the policy opts into onMissing: warn", () => {
    const global = check(scratch(), `onMissing: warn\n${CAP}`);
    expect(global.code).toBe(0);
    expect(global.stdout).toMatch(/^PASS p\.yaml \(Nameless\): 0 errors, 1 warning /);
    expect(global.stdout).toContain("so the budget was not checked");
    const perBudget = check(
      scratch(),
      "budgets:\n  - { id: energy-cap, figure: energy.trainingMWh, max: 10, onMissing: warn }\n",
    );
    expect(perBudget.code).toBe(0);
  });

  it("a budget's own onMissing overrides the policy's", () => {
    const result = check(
      scratch(),
      "onMissing: warn\nbudgets:\n  - { id: energy-cap, figure: energy.trainingMWh, max: 10, onMissing: fail }\n",
    );
    expect(result.code).toBe(1);
  });
});

describe("requirements", () => {
  it("fails an empty proposal on the figures and checklists the policy requires", () => {
    const result = check(
      scratch(),
      "require:\n  figures: [energy.trainingMWh]\n  checklists: [bias-risk]\n",
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "energy.trainingMWh (Training energy) is required but cannot be estimated: it needs",
    );
    expect(result.stdout).toContain(
      "checklist bias-risk is required but the proposal does not answer it",
    );
  });

  it("takes --require figure keys and checklist ids on the command line", () => {
    const dir = scratch();
    const none = check(dir, "name: empty\n");
    expect(none.code).toBe(0);
    const required = check(dir, "name: empty\n", ["--require", "cost.trainingUsd,environmental"]);
    expect(required.code).toBe(1);
    expect(required.stdout).toContain("cost.trainingUsd");
    expect(required.stdout).toContain("checklist environmental is required");
  });

  it("refuses a --require item that is no figure key", () => {
    const result = check(scratch(), CAP, ["--require", "energy.trainingMwh"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      '--require: "energy.trainingMwh" is neither a figure key (e.g. energy.trainingMWh) nor a checklist id\n',
    );
  });
});

describe("--policy-ref", () => {
  function repository(): string {
    const dir = scratch();
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
    git("init", "-q");
    git("config", "user.email", "t@example.org");
    git("config", "user.name", "t");
    copyFileSync(join(ROOT, "examples/atlas-100t-moe.yaml"), join(dir, "p.yaml"));
    copyFileSync(join(ROOT, "examples/policy.yaml"), join(dir, "policy.yaml"));
    git("add", ".");
    git("commit", "-qm", "base");
    return dir;
  }

  it("judges with the policy at the revision and flags a working copy that changed it", () => {
    const dir = repository();
    writeFileSync(join(dir, "policy.yaml"), "schemaVersion: 1\nname: anything goes\n");
    const result = forecard(["check", "p.yaml", "--policy-ref", "HEAD", ...FAST, "--json"], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.policy).toBe("Example Lab frontier-model policy");
    expect(report.policySource).toBe("HEAD:policy.yaml");
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(["p.yaml", "policy.yaml"]);
    expect(report.files[1].findings[0].ruleId).toBe("policy-changed");
  });

  it("adds no finding when the policy is unchanged", () => {
    const dir = repository();
    const result = forecard(["check", "p.yaml", "--policy-ref", "HEAD", ...FAST, "--json"], dir);
    const report = JSON.parse(result.stdout);
    expect(report.files).toHaveLength(1);
  });
});
