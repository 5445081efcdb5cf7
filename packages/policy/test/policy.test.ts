import { estimateWithScenarios } from "@forecard/core-estimates";
import { BIAS_RISK, factsFromProposal } from "@forecard/ethics-checklist";
import { type Policy, type Proposal, policySchema, proposalSchema } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import { pathOfFigure } from "../src/budgets.js";
import { evaluatePolicy } from "../src/evaluate.js";

const proposal = (fields: Record<string, unknown>): Proposal =>
  proposalSchema.parse({ schemaVersion: 1, model: { name: "T" }, ...fields });
const policy = (fields: Record<string, unknown>): Policy =>
  policySchema.parse({ schemaVersion: 1, ...fields });

function judge(p: Proposal, pol: Policy, today = "2026-11-26") {
  const estimate = estimateWithScenarios(p, { samples: 500 });
  const checklists = Object.keys(p.checklists ?? {}).includes("bias-risk") ? [BIAS_RISK] : [];
  return evaluatePolicy(
    pol,
    { proposal: p, estimate, checklists, facts: factsFromProposal(p), present: () => true },
    today,
  );
}

const accounting = {
  architecture: { parameters: "7B" },
  training: {
    accelerator: "nvidia-h100-sxm",
    acceleratorHours: { low: 90_000, likely: 100_000, high: 200_000 },
    powerWatts: 700,
  },
  datacenter: { pue: 1.1, carbonIntensity: 0.4 },
};

describe("budgets", () => {
  // The value is the Monte Carlo median. The hours' triangular median is
  // high - sqrt(0.5 x (high - low) x (high - likely)) = 125,838 h, so energy is about
  // 125,838 h x 700 W x 1.1 = 96.9 MWh; the p95 is above 150 MWh.
  it.each([
    ["value", 110, "pass"],
    ["value", 85, "fail"],
    ["p95", 110, "fail"],
  ] as const)(
    "judge the %s statistic against a maximum of %d MWh: %s",
    (statistic, max, verdict) => {
      const result = judge(
        proposal(accounting),
        policy({ budgets: [{ id: "e", figure: "energy.trainingMWh", statistic, max }] }),
      );
      expect(result.verdict).toBe(verdict);
    },
  );

  it("name the budget, the figure and its value", () => {
    const result = judge(
      proposal(accounting),
      policy({ budgets: [{ id: "energy-cap", figure: "energy.trainingMWh", max: 85 }] }),
    );
    expect(result.findings[0]).toMatchObject({
      ruleId: "energy-cap",
      severity: "error",
      path: ["training"],
    });
    expect(result.findings[0]?.message).toMatch(
      /^energy-cap: energy\.trainingMWh value = 9\d(\.\d+)? MWh exceeds the budget of 85 MWh$/,
    );
  });

  it("only warn when the budget's severity is warning", () => {
    const result = judge(
      proposal(accounting),
      policy({ budgets: [{ id: "e", figure: "energy.trainingMWh", max: 1, severity: "warning" }] }),
    );
    expect(result).toMatchObject({ verdict: "pass", findings: [{ severity: "warning" }] });
  });

  it("fail closed when the figure cannot be estimated, naming what it needs", () => {
    const result = judge(
      proposal(accounting),
      policy({ budgets: [{ id: "c", figure: "inference.annualTCO2e", max: 1 }] }),
    );
    expect(result.findings[0]?.severity).toBe("error");
    expect(result.findings[0]?.message).toMatch(
      /^c: inference\.annualTCO2e could not be estimated \(it needs .+\), so the budget cannot be shown to hold$/,
    );
    expect(result.verdict).toBe("fail");
  });

  it.each([
    [
      "the policy",
      { onMissing: "warn", budgets: [{ id: "c", figure: "inference.annualTCO2e", max: 1 }] },
    ],
    [
      "the budget",
      { budgets: [{ id: "c", figure: "inference.annualTCO2e", max: 1, onMissing: "warn" }] },
    ],
  ])(
    "only warn about a figure that cannot be estimated when %s says onMissing: warn",
    (_, fields) => {
      const result = judge(proposal(accounting), policy(fields));
      expect(result.findings[0]?.severity).toBe("warning");
      expect(result.findings[0]?.message).toMatch(/so the budget was not checked$/);
      expect(result.verdict).toBe("pass");
    },
  );

  it("keep a warning budget a warning when its figure is missing", () => {
    const result = judge(
      proposal(accounting),
      policy({
        budgets: [{ id: "c", figure: "inference.annualTCO2e", max: 1, severity: "warning" }],
      }),
    );
    expect(result.findings[0]?.severity).toBe("warning");
  });

  it("check scenarios only when the budget applies to all of them", () => {
    const p = proposal({
      ...accounting,
      scenarios: [{ name: "dirty", overrides: { datacenter: { carbonIntensity: 1.5 } } }],
    });
    const base = policy({
      budgets: [{ id: "c", figure: "carbon.trainingOperationalTCO2e", max: 50 }],
    });
    const all = policy({
      budgets: [
        { id: "c", figure: "carbon.trainingOperationalTCO2e", max: 50, appliesTo: "all-scenarios" },
      ],
    });
    expect(judge(p, base).verdict).toBe("pass");
    expect(judge(p, all).findings.map((f) => f.scenario)).toEqual(["dirty"]);
  });

  it("point at the figure's section, or the model name when the section is absent", () => {
    expect(pathOfFigure("hardware.minAcceleratorsForMemory", () => true)).toEqual([
      "training",
      "accelerator",
    ]);
    expect(pathOfFigure("inference.annualTCO2e", (p) => p[0] === "inference")).toEqual([
      "inference",
    ]);
    expect(pathOfFigure("cost.trainingUsd", () => false)).toEqual(["model", "name"]);
  });
});

describe("checklist rules", () => {
  const answered = proposal({
    checklists: {
      "bias-risk": {
        answers: {
          "framing.affected-groups": { status: "done", reviewedAt: "2024-01-01", evidence: "x" },
          "evaluation.disaggregated": { status: "done", reviewedAt: "2026-10-01" },
          "data.representation": { status: "open", likelihood: 5, severity: 5 },
          "old.item": { status: "done" },
        },
      },
    },
  });

  it("require listed checklists", () => {
    const result = judge(proposal({}), policy({ checklists: { required: ["bias-risk"] } }));
    expect(result.findings[0]).toMatchObject({
      ruleId: "checklist-required",
      path: ["checklists"],
    });
  });

  it("enforce completeness, open risks, answer age and evidence", () => {
    const result = judge(
      answered,
      policy({
        checklists: {
          minCompleteness: 0.5,
          maxOpenRisks: { high: 0 },
          maxAnswerAgeDays: 365,
          evidenceRequired: true,
        },
      }),
    );
    const byRule = Object.fromEntries(result.findings.map((f) => [f.ruleId, f]));
    expect(byRule["checklist-completeness"]?.message).toMatch(
      /^bias-risk is 4% complete; the policy requires 50%$/,
    );
    expect(byRule["checklist-open-high-risks"]?.path).toEqual([
      "checklists",
      "bias-risk",
      "answers",
      "data.representation",
    ]);
    expect(byRule["checklist-stale-answer"]?.path).toEqual([
      "checklists",
      "bias-risk",
      "answers",
      "framing.affected-groups",
    ]);
    expect(byRule["checklist-missing-evidence"]?.path).toEqual([
      "checklists",
      "bias-risk",
      "answers",
      "evaluation.disaggregated",
    ]);
    expect(byRule["checklist-orphan-answer"]?.severity).toBe("warning");
    expect(result.verdict).toBe("fail");
  });

  it("judge answer age against the injected date", () => {
    const rules = policy({ checklists: { maxAnswerAgeDays: 365 } });
    const stale = (today: string) =>
      judge(answered, rules, today).findings.filter((f) => f.ruleId === "checklist-stale-answer")
        .length;
    expect(stale("2024-06-01")).toBe(0);
    expect(stale("2026-11-26")).toBe(1);
  });
});

describe("model-card rules", () => {
  it("require fields to be filled, and say which", () => {
    const result = judge(
      proposal({ model: { name: "T", intendedUse: [] } }),
      policy({
        modelCard: {
          requiredFields: ["model.intendedUse", "model.name", "model.license"],
          severity: "warning",
        },
      }),
    );
    expect(result.findings.map((f) => f.message)).toEqual([
      "the model card needs model.intendedUse, which the proposal leaves empty",
      "the model card needs model.license, which the proposal leaves empty",
    ]);
    expect(result.verdict).toBe("pass");
  });
});
