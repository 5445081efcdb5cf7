import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecard } from "./run-cli.js";

const CUSTOM = `id: house-rules
version: "2.0.0"
title: House rules
sections:
  - id: s
    title: Section
    items:
      - id: s.one
        question: Is rule one followed?
        severity: high
`;

function repository(): string {
  const root = mkdtempSync(join(tmpdir(), "forecard-repo-"));
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "proposals"));
  mkdirSync(join(root, "checklists"));
  writeFileSync(join(root, "checklists", "house.yaml"), CUSTOM);
  return root;
}

function proposalWithSource(root: string, source: string): string {
  const file = join(root, "proposals", "p.yaml");
  writeFileSync(
    file,
    `schemaVersion: 1\nmodel: { name: X }\nchecklists:\n  house-rules:\n    source: ${source}\n    answers:\n      s.one: { status: open, likelihood: 4, severity: 4 }\n`,
  );
  return file;
}

describe("forecard checklist", () => {
  it("lists the built-in checklists", () => {
    const result = forecard(["checklist", "list", "--json"]);
    expect(JSON.parse(result.stdout).map((c: { id: string }) => c.id)).toEqual([
      "bias-risk",
      "environmental",
      "eu-ai-act-annex-iv",
      "eu-gpai-annex-xi",
    ]);
  });

  it("shows a checklist's items with their references", () => {
    const result = forecard(["checklist", "show", "bias-risk"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("evaluation.disaggregated [high, evidence]");
    expect(result.stdout).toContain("MEASURE 2.11");
  });

  it("refuses an unknown id, listing the valid ones", () => {
    const result = forecard(["checklist", "show", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'no checklist "nope"; built-in checklists: bias-risk, environmental, eu-ai-act-annex-iv, eu-gpai-annex-xi\n',
    );
  });

  it("shows completeness, risks and stale items of the MoE example", () => {
    const result = forecard([
      "checklist",
      "status",
      "examples/atlas-100t-moe.yaml",
      "--today",
      "2026-11-26",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/completeness \d+% \(8 done, 1 not applicable, 4 open/);
    expect(result.stdout).toMatch(/open risks: \d+ high/);
    expect(result.stdout).toMatch(/framing\.affected-groups\s+done .*\[stale\]/);
  });

  it("is reproducible with --today", () => {
    const a = forecard([
      "checklist",
      "status",
      "examples/atlas-100t-dense.yaml",
      "--today",
      "2026-11-26",
      "--json",
    ]);
    const b = forecard([
      "checklist",
      "status",
      "examples/atlas-100t-dense.yaml",
      "--today",
      "2026-11-26",
      "--json",
    ]);
    expect(a.stdout).toBe(b.stdout);
    expect(
      JSON.parse(a.stdout).checklists.map((c: { checklist: { id: string } }) => c.checklist.id),
    ).toEqual(["bias-risk", "environmental"]);
  });

  it("rejects an impossible --today", () => {
    const result = forecard([
      "checklist",
      "status",
      "examples/atlas-100t-dense.yaml",
      "--today",
      "2026-02-30",
    ]);
    expect(result.code).toBe(2);
  });

  it("prints a template", () => {
    const result = forecard(["checklist", "template", "environmental"]);
    expect(result.stdout).toContain('  environmental:\n    version: "1.0.0"\n    answers:');
  });
});

describe("custom checklists", () => {
  it("loads a checklist file relative to the proposal", () => {
    const root = repository();
    const file = proposalWithSource(root, "../checklists/house.yaml");
    const result = forecard(["checklist", "status", file, "--json", "--today", "2026-11-26"]);
    expect(result.stderr).toBe("");
    const status = JSON.parse(result.stdout).checklists[0];
    expect(status.checklist).toEqual({ id: "house-rules", version: "2.0.0", title: "House rules" });
    expect(status.summary.openByLevel.high).toBe(1);
  });

  it.each([["../../../etc/passwd"], ["/etc/passwd"]])(
    "refuses %s, which leaves the repository",
    (source) => {
      const root = repository();
      const file = proposalWithSource(root, source);
      const result = forecard(["checklist", "status", file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        new RegExp(
          `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:5:13 checklists\\.house-rules\\.source: ".*" leaves the proposal's repository`,
        ),
      );
    },
  );

  it("refuses a symbolic link that points outside the repository", () => {
    const root = repository();
    const outside = mkdtempSync(join(tmpdir(), "forecard-outside-"));
    writeFileSync(join(outside, "house.yaml"), CUSTOM);
    symlinkSync(join(outside, "house.yaml"), join(root, "checklists", "link.yaml"));
    const result = forecard([
      "checklist",
      "status",
      proposalWithSource(root, "../checklists/link.yaml"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("links outside the proposal's repository");
  });

  it("reports an invalid checklist file with its own line and field", () => {
    const root = repository();
    writeFileSync(
      join(root, "checklists", "house.yaml"),
      CUSTOM.replace("severity: high", "severity: extreme"),
    );
    const result = forecard([
      "checklist",
      "status",
      proposalWithSource(root, "../checklists/house.yaml"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /house\.yaml:10:19 sections\[0\]\.items\[0\]\.severity: expected low, medium or high, got "extreme"/,
    );
  });

  it("refuses an unknown checklist id without a source", () => {
    const root = repository();
    const file = join(root, "p.yaml");
    writeFileSync(
      file,
      "schemaVersion: 1\nmodel: { name: X }\nchecklists:\n  bias-rsk:\n    answers: {}\n",
    );
    const result = forecard(["checklist", "status", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "checklists.bias-rsk: unknown checklist; built-ins are bias-risk, environmental, eu-ai-act-annex-iv",
    );
  });
});
