import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecard, ROOT } from "./run-cli.js";

const FAST = ["--today", "2026-11-26", "--samples", "500"];

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), "forecard-diff-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("config", "user.email", "t@example.org");
  git("config", "user.name", "t");
  copyFileSync(join(ROOT, "examples/atlas-100t-moe.yaml"), join(dir, "p.yaml"));
  copyFileSync(join(ROOT, "examples/policy.yaml"), join(dir, "policy.yaml"));
  git("add", ".");
  git("commit", "-qm", "base");
  const text = readFileSync(join(dir, "p.yaml"), "utf8")
    .replace("location: SE", "location: DE")
    .replace(
      "      data.historical-bias:\n        status: open",
      "      data.historical-bias:\n        status: done\n        reviewedAt: 2026-11-01",
    );
  writeFileSync(join(dir, "p.yaml"), text);
  return dir;
}

describe("forecard diff", () => {
  it("compares a file with its version at a git revision, as Markdown for a PR comment", () => {
    const dir = repository();
    const result = forecard(
      ["diff", "p.yaml", "--base-ref", "HEAD", "--policy", "policy.yaml", ...FAST],
      dir,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("<!-- forecard:diff -->\n")).toBe(true);
    expect(result.stdout).toContain("| `datacenter.location` | `SE` | `DE` |");
    expect(result.stdout).toMatch(
      /\| Training carbon, total \| .* \| .* \| \+[\d.]+ ktCO2e \(\+\d+\.\d%\) \|/,
    );
    expect(result.stdout).toContain("| `bias-risk` | `data.historical-bias` | `open` | `done` |");
    expect(result.stdout).toContain("Policy verdict: **fail** → **fail**");
  });

  it("gives JSON with figure deltas, new and resolved findings", () => {
    const dir = repository();
    const result = forecard(
      ["diff", "p.yaml", "--base-ref", "HEAD", "--policy", "policy.yaml", "--json", ...FAST],
      dir,
    );
    const diff = JSON.parse(result.stdout);
    const carbon = diff.figures.find(
      (f: { key: string }) => f.key === "carbon.trainingOperationalTCO2e",
    );
    expect(carbon.absolute).toBeCloseTo(carbon.after.value - carbon.before.value, 6);
    expect(carbon.percent).toBeGreaterThan(100);
    expect(diff.figures.some((f: { key: string }) => f.key === "energy.trainingMWh")).toBe(false);
    expect(Array.isArray(diff.newFindings) && Array.isArray(diff.resolvedFindings)).toBe(true);
  });

  it("treats a file new at the revision as added", () => {
    const dir = repository();
    copyFileSync(join(dir, "p.yaml"), join(dir, "new.yaml"));
    const result = forecard(["diff", "new.yaml", "--base-ref", "HEAD", ...FAST], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("New proposal: `new.yaml` has no version at `HEAD:new.yaml`.");
  });

  it("compares two files", () => {
    const result = forecard([
      "diff",
      "examples/atlas-100t-dense.yaml",
      "examples/atlas-100t-moe.yaml",
      ...FAST,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("| `model.name` | `Atlas-100T` | `Atlas-100T-MoE` |");
  });

  it.each([
    [
      ["diff", "examples/llama-2-70b.yaml", "--base-ref", "no-such-ref"],
      '--base-ref: git knows no revision "no-such-ref"',
    ],
    [
      ["diff", "examples/llama-2-70b.yaml", "--base-ref", "--upload-pack=x"],
      '--base-ref: "--upload-pack=x" is not a git revision',
    ],
    [["diff", "examples/llama-2-70b.yaml"], "diff: give BASE HEAD, or FILE --base-ref REF"],
  ])("rejects %j with exit 2", (args, message) => {
    const result = forecard(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${message}\n`);
  });
});
