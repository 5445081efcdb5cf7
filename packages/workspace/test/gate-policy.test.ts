import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { judgeFiles, loadGatePolicy, UserError } from "../src/index.js";

const STRICT = "schemaVersion: 1\nname: strict\nrequire: { checklists: [bias-risk] }\n";

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), "forecard-workspace-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("config", "user.email", "t@example.org");
  git("config", "user.name", "t");
  writeFileSync(join(dir, "policy.yaml"), STRICT);
  git("add", ".");
  git("commit", "-qm", "base");
  return dir;
}

describe("loadGatePolicy", () => {
  it("reads the working copy without a base revision", () => {
    const dir = repository();
    const gate = loadGatePolicy(join(dir, "policy.yaml"));
    expect(gate.name).toBe("strict");
    expect(gate.changed).toBeUndefined();
  });

  it("reads the base revision's policy and flags a working copy that differs", () => {
    const dir = repository();
    const file = join(dir, "policy.yaml");
    expect(loadGatePolicy(file, "HEAD").changed).toBeUndefined();
    writeFileSync(file, "schemaVersion: 1\nname: lax\n");
    const gate = loadGatePolicy(file, "HEAD");
    expect(gate.name).toBe("strict");
    expect(gate.source).toBe(`HEAD:${file}`);
    expect(gate.changed?.findings[0]?.ruleId).toBe("policy-changed");
  });

  it("uses a policy the base lacks, flagged as added", () => {
    const dir = repository();
    const file = join(dir, "new-policy.yaml");
    writeFileSync(file, STRICT);
    const gate = loadGatePolicy(file, "HEAD");
    expect(gate.changed?.findings[0]?.message).toContain("adds the policy");
  });

  it("refuses an unknown revision in one line", () => {
    const dir = repository();
    expect(() => loadGatePolicy(join(dir, "policy.yaml"), "nope")).toThrow(UserError);
  });
});

describe("judgeFiles", () => {
  it("keeps an unreadable file as an invalid judgement instead of dropping it", () => {
    const dir = repository();
    const gate = loadGatePolicy(join(dir, "policy.yaml"));
    const judgements = judgeFiles([join(dir, "missing.yaml")], gate.policy, {
      today: "2026-11-26",
      samples: 100,
      seed: 1,
    });
    expect(judgements).toEqual([
      {
        file: join(dir, "missing.yaml"),
        verdict: "invalid",
        errors: [{ file: join(dir, "missing.yaml"), line: 1, column: 1, message: "no such file" }],
      },
    ]);
  });
});
