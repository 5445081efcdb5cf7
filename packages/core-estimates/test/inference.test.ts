import { describe, expect, it } from "vitest";
import { estimateProposal } from "../src/estimate.js";
import { parametersReadPerStep } from "../src/figures/inference.js";
import { proposal, ratio } from "./helpers.js";

describe("MoE serving", () => {
  it("reads the expected distinct experts a batch routes to, E(1 - (1 - k/E)^B)", () => {
    // 128 experts, 4 active, batch 64: 128 (1 - (124/128)^64) = 111.2 distinct experts per step.
    const expertParameters = 1e9;
    const dense = 10e9;
    const active = dense + 4 * expertParameters;
    const total = dense + 128 * expertParameters;
    const distinct = 128 * (1 - (1 - 4 / 128) ** 64);
    expect(
      ratio(parametersReadPerStep(active, total, 64, 4 / 128), dense + distinct * expertParameters),
    ).toBeCloseTo(1, 9);
    // One sequence reads only its own experts; a huge batch reads them all.
    expect(parametersReadPerStep(active, total, 1, 4 / 128)).toBeCloseTo(active, 0);
    expect(ratio(parametersReadPerStep(active, total, 1e6, 4 / 128), total)).toBeCloseTo(1, 9);
  });

  it("makes serving energy grow with the batch toward the total parameters for a bandwidth-bound MoE", () => {
    const moe = (batch: number) =>
      estimateProposal(
        proposal({
          architecture: {
            transformer: {
              layers: 8,
              hiddenSize: 4096,
              attentionHeads: 32,
              ffnHiddenSize: 8192,
              ffnActivation: "swiglu",
              vocabSize: 32000,
              moe: { experts: 64, activeExperts: 2 },
            },
          },
          inference: { tokensPerDay: "1B", accelerator: "nvidia-h100-sxm", batch },
        }),
        { samples: 1 },
      ).figures["inference.energyPerMillionTokensKWh"]?.value ?? 0;
    // Per token, weight reads shrink with the batch only as fast as new experts are touched.
    const perStep = (batch: number) => moe(batch) * batch;
    expect(perStep(16)).toBeGreaterThan(perStep(1) * 5);
    expect(moe(16)).toBeLessThan(moe(1));
  });

  it("states batch and efficiency as ranged assumptions", () => {
    const { assumptions } = estimateProposal(
      proposal({ architecture: { parameters: "7B" }, inference: { tokensPerDay: "1B" } }),
      { samples: 1 },
    );
    const byPath = Object.fromEntries(assumptions.map((a) => [a.path, a.value]));
    expect(byPath["inference.batch"]).toEqual({ low: 16, likely: 64, high: 256 });
    expect(byPath["inference.efficiency"]).toEqual({ low: 0.3, likely: 0.5, high: 0.7 });
  });
});
