import type { Proposal } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import { type EstimateOptions, estimateProposal, scenarioProposal } from "../src/estimate.js";
import { evaluate, FIGURE_DEFINITIONS } from "../src/evaluate.js";
import { likelyPoint, resolveInputs } from "../src/inputs.js";
import { rangedInputs } from "../src/monte-carlo.js";
import { inputsOfFigures } from "../src/wanted-figures.js";
import { example, proposal } from "./helpers.js";

// The examples, each of their scenarios (other accelerators, precisions, regions and sizes), and
// proposals that give only a little, so that figures are left out for want of inputs too.
const examples = ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"].map(example);
const proposals: [string, Proposal][] = [
  ...examples.flatMap((base): [string, Proposal][] => [
    [base.model.name, base],
    ...(base.scenarios ?? []).map((s): [string, Proposal] => [
      `${base.model.name} / ${s.name}`,
      scenarioProposal(base, s),
    ]),
  ]),
  ["parameters only", proposal({ architecture: { parameters: 7e9 } })],
  [
    "given MFU, no accelerator",
    proposal({ architecture: { parameters: 7e9 }, training: { tokens: 1e12, mfu: 0.4 } }),
  ],
];

describe("estimating only some figures", () => {
  const options: EstimateOptions = { samples: 300, seed: 3 };

  it.each(proposals)("gives each figure of %s exactly as the whole estimate does", (_, p) => {
    const whole = estimateProposal(p, options);
    for (const { key } of FIGURE_DEFINITIONS) {
      const part = estimateProposal(p, { ...options, figures: [key] });
      // What it needed was computed as in the whole estimate, and nothing it did not.
      for (const [computed, figure] of Object.entries(part.figures))
        expect(figure, `${computed} for ${key}`).toEqual(whole.figures[computed]);
      expect(part.figures[key], key).toEqual(whole.figures[key]);
      // A figure it cannot estimate still says what it needs.
      const missing = (e: typeof whole) => e.assumptions.find((a) => a.path === key);
      expect(missing(part), key).toEqual(missing(whole));
    }
  });

  it("gives the same calibrated figures", () => {
    const calibration = {
      calibration: {
        acceleratorHours: { factor: 1.2, sigmaLog: 0.1, runs: 4 },
        energyPerAcceleratorHour: { factor: 0.9, sigmaLog: 0.05, runs: 4 },
      },
      source: "test",
    };
    for (const p of examples) {
      const whole = estimateProposal(p, { ...options, calibration });
      for (const key of ["cost.trainingUsd", "carbon.trainingTotalTCO2e", "time.wallClockDays"]) {
        const part = estimateProposal(p, { ...options, calibration, figures: [key] });
        expect(part.figures[key], key).toEqual(whole.figures[key]);
      }
    }
  });

  it("leaves out every other figure, and ignores keys that name none", () => {
    const [dense] = examples as [Proposal];
    const part = estimateProposal(dense, { ...options, figures: ["parameters.total", "no.such"] });
    expect(Object.keys(part.figures)).toEqual(["parameters.total"]);
    const none = estimateProposal(dense, { ...options, figures: [] });
    expect(none.figures).toEqual({});
    expect(none.assumptions.some((a) => a.note?.startsWith("not estimated"))).toBe(false);
  });
});

describe("the inputs a figure is computed from", () => {
  it.each(proposals)("names every ranged input that moves a figure of %s", (_, p) => {
    const context = resolveInputs(p);
    const point = likelyPoint(context);
    for (const [key, range] of rangedInputs(context)) {
      const low = evaluate({ ...point, [key]: range.low }, context);
      const high = evaluate({ ...point, [key]: range.high }, context);
      for (const { key: figure } of FIGURE_DEFINITIONS) {
        if (low[figure] === high[figure]) continue;
        expect(inputsOfFigures([figure], context).has(key), `${figure} ${key}`).toBe(true);
      }
    }
  });

  it("counts a key that names no figure as neither figure nor input", () => {
    const context = resolveInputs(examples[0] as Proposal);
    expect([...inputsOfFigures(["no.such"], context)]).toEqual([]);
    expect([...inputsOfFigures(["parameters.total", "no.such"], context)]).not.toContain("no.such");
  });
});
