import { readFileSync } from "node:fs";
import { estimateProposal } from "@forecard/core-estimates";
import { BUILTIN_CHECKLISTS, ENVIRONMENTAL } from "@forecard/ethics-checklist";
import { loadPolicy, loadProposal } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import { invalidFile, judgeProposal, overallVerdict } from "../src/index.js";

const example = (name: string) => new URL(`../../../examples/${name}`, import.meta.url);

describe("judgeProposal", () => {
  it("judges a loaded proposal and places each finding on a line of its file", () => {
    const text = readFileSync(example("atlas-100t-dense.yaml"));
    const loaded = loadProposal(text, "dense.yaml");
    const policy = loadPolicy(readFileSync(example("policy.yaml")), "policy.yaml").value;
    if (!loaded.value || !loaded.locator) throw new Error("example does not load");
    const checklists = Object.keys(loaded.value.checklists ?? {}).flatMap((id) => {
      const checklist = BUILTIN_CHECKLISTS[id];
      return checklist ? [checklist] : [];
    });
    const judged = judgeProposal({
      file: "dense.yaml",
      proposal: loaded.value,
      raw: loaded.raw,
      locator: loaded.locator,
      checklists,
      policy,
      today: "2026-11-26",
      samples: 300,
      seed: 1,
    });
    expect(judged.verdict).toBe("fail");
    const energy = judged.findings.find((f) => f.ruleId === "energy-cap");
    const lines = text.toString().split("\n");
    expect(lines[(energy?.line ?? 0) - 1]).toBe("training:");
    // The same figures as the full estimate, without the sensitivity no rule reads.
    const { sensitivity, ...full } = estimateProposal(loaded.value, { samples: 300, seed: 1 });
    expect(sensitivity.length).toBeGreaterThan(0);
    expect(judged.analysis.estimate.base).toEqual(full);
    expect(judged.analysis.estimate.base).not.toHaveProperty("sensitivity");
    expect(judged.analysis.checklists.map((c) => c.checklist.id)).toEqual(
      Object.keys(loaded.value.checklists ?? {}),
    );
  });
});

describe("judging only the figures a policy reads", () => {
  // The example policy, with rules of every kind that reads a figure: required figures (one the
  // examples cannot estimate), a budget on every scenario, and a rule on measured actuals.
  const base = loadPolicy(readFileSync(example("policy.yaml")), "policy.yaml").value;
  if (!base) throw new Error("example policy does not load");
  const policy = {
    ...base,
    require: { figures: ["scaling.predictedLoss", "inference.annualTCO2e"] },
    budgets: [
      ...(base.budgets ?? []),
      {
        ...(base.budgets?.[0] as NonNullable<typeof base.budgets>[number]),
        id: "every-scenario",
        figure: "water.trainingKL",
        max: 1,
        appliesTo: "all-scenarios",
      },
    ],
    actuals: [
      {
        id: "market-carbon",
        figure: "carbon.trainingMarketBasedTCO2e",
        maxRatio: 1.1,
        statistic: "p95",
      },
    ],
  } as typeof base;

  it("gives the examples the same verdicts and findings as the whole estimate", () => {
    const ruleIds = new Set<string>();
    for (const name of ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"]) {
      const loaded = loadProposal(readFileSync(example(name)), name);
      if (!loaded.value || !loaded.locator) throw new Error("example does not load");
      const input = {
        file: name,
        proposal: { ...loaded.value, actuals: { marketBasedTCO2e: 1e9 } },
        raw: loaded.raw,
        locator: loaded.locator,
        checklists: [],
        policy,
        today: "2026-11-26",
        samples: 300,
        seed: 1,
      };
      const whole = judgeProposal(input);
      const part = judgeProposal({ ...input, policyFiguresOnly: true });
      expect(part.verdict, name).toBe(whole.verdict);
      expect(part.findings, name).toEqual(whole.findings);
      for (const finding of part.findings) ruleIds.add(finding.ruleId);
      // Fewer figures were estimated, and each of them alike.
      const figures = part.analysis.estimate.base.figures;
      expect(Object.keys(figures).length).toBeLessThan(
        Object.keys(whole.analysis.estimate.base.figures).length,
      );
      for (const [key, figure] of Object.entries(figures))
        expect(figure, `${name} ${key}`).toEqual(whole.analysis.estimate.base.figures[key]);
    }
    // Every kind of rule that reads a figure was broken somewhere, so each was really compared.
    for (const id of ["required-figure", "energy-cap", "every-scenario", "market-carbon"])
      expect(ruleIds).toContain(id);
  });
});

describe("judging only the figures a policy reads, for documents that print every figure", () => {
  it("still answers the checklist items that every figure's disclosure answers", () => {
    const text = readFileSync(example("atlas-100t-dense.yaml"));
    const loaded = loadProposal(text, "dense.yaml");
    const policy = loadPolicy(readFileSync(example("policy.yaml")), "policy.yaml").value;
    if (!loaded.value || !loaded.locator) throw new Error("example does not load");
    const input = {
      file: "dense.yaml",
      proposal: loaded.value,
      raw: loaded.raw,
      locator: loaded.locator,
      checklists: [ENVIRONMENTAL],
      policy,
      today: "2026-11-26",
      samples: 300,
      seed: 1,
      disclosesFigures: true,
    };
    const whole = judgeProposal(input);
    const part = judgeProposal({ ...input, policyFiguresOnly: true });
    expect(part.analysis.checklists).toEqual(whole.analysis.checklists);
  });
});

describe("invalid files", () => {
  it("keep their located errors and make the whole check invalid", () => {
    const bad = invalidFile("p.yaml", [
      "p.yaml:3:31 training.acceleratorCount: expected a positive integer",
      "p.yaml: no such file",
    ]);
    expect(bad.errors).toEqual([
      {
        file: "p.yaml",
        line: 3,
        column: 31,
        message: "training.acceleratorCount: expected a positive integer",
      },
      { file: "p.yaml", line: 1, column: 1, message: "no such file" },
    ]);
    const pass = { file: "q.yaml", model: "Q", verdict: "pass" as const, findings: [] };
    expect(overallVerdict([pass, bad])).toBe("invalid");
    expect(overallVerdict([])).toBe("invalid");
    expect(overallVerdict([pass])).toBe("pass");
  });
});
