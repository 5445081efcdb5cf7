import { describe, expect, it } from "vitest";
import { countParameters, type Transformer } from "../src/parameters.js";

// Architectures from meta-llama/llama-models sku_list.py (Llama 2, Llama 3),
// mistralai Mixtral-8x7B config.json, and Brown et al. (2020) Table 2.1 (GPT-3).
const llama2_70b: Transformer = {
  layers: 80,
  hiddenSize: 8192,
  attentionHeads: 64,
  kvHeads: 8,
  headDim: 128,
  ffnHiddenSize: 28672,
  ffnActivation: "swiglu",
  vocabSize: 32000,
  contextLength: 4096,
};
const llama3 = (layers: number, d: number, heads: number, ffn: number): Transformer => ({
  layers,
  hiddenSize: d,
  attentionHeads: heads,
  kvHeads: 8,
  ffnHiddenSize: ffn,
  ffnActivation: "swiglu",
  vocabSize: 128256,
  contextLength: 8192,
});
const mixtral: Transformer = {
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
  ffnHiddenSize: 14336,
  ffnActivation: "swiglu",
  vocabSize: 32000,
  moe: { experts: 8, activeExperts: 2 },
};
const gpt3: Transformer = {
  layers: 96,
  hiddenSize: 12288,
  attentionHeads: 96,
  ffnHiddenSize: 49152,
  ffnActivation: "gelu",
  vocabSize: 50257,
  contextLength: 2048,
  tiedEmbeddings: true,
  positionEmbedding: "learned",
  normalization: "layernorm",
  bias: true,
};

describe("countParameters", () => {
  it.each([
    // Exact counts from the published checkpoints (Hugging Face safetensors totals).
    ["Llama 2 70B", llama2_70b, 68_976_648_192],
    ["Llama 3 8B", llama3(32, 4096, 32, 14336), 8_030_261_248],
    ["Llama 3 70B", llama3(80, 8192, 64, 28672), 70_553_706_496],
    ["Mixtral 8x7B", mixtral, 46_702_792_704],
  ])("counts %s exactly", (_name, transformer, expected) => {
    expect(countParameters(transformer).total).toBe(expected);
  });

  it("counts Mixtral's active parameters: 2 of 8 experts plus everything else", () => {
    // Mistral AI (2024), Mixtral of Experts, arXiv:2401.04088: 12.9B active.
    expect(countParameters(mixtral).active).toBe(12_879_925_248);
  });

  it("counts GPT-3 within 0.5% of 175B", () => {
    // Brown et al. (2020): 175.0B parameters.
    expect(Math.abs(countParameters(gpt3).total / 175e9 - 1)).toBeLessThan(0.005);
  });

  it("makes a dense model's active count equal its total", () => {
    const count = countParameters(llama2_70b);
    expect(count.active).toBe(count.total);
  });

  it("sums its parts to the total", () => {
    const c = countParameters(mixtral);
    expect(c.embedding + c.attention + c.feedForward + c.other).toBe(c.total);
  });

  it.each([
    ["grouped-query attention saves K/V parameters", { ...llama2_70b, kvHeads: 64 }, llama2_70b],
    ["untied embeddings add an output head", llama2_70b, { ...llama2_70b, tiedEmbeddings: true }],
    [
      "gated FFNs have three matrices",
      llama2_70b,
      { ...llama2_70b, ffnActivation: "gelu" as const },
    ],
    [
      "learned positions add parameters",
      { ...llama2_70b, positionEmbedding: "learned" as const },
      llama2_70b,
    ],
    ["biases add parameters", { ...llama2_70b, bias: true }, llama2_70b],
    ["layernorm has a bias", { ...llama2_70b, normalization: "layernorm" as const }, llama2_70b],
    [
      "shared experts add active parameters",
      { ...mixtral, moe: { experts: 8, activeExperts: 2, sharedExperts: 1 } },
      mixtral,
    ],
  ])("%s", (_name, larger, smaller) => {
    expect(countParameters(larger as Transformer).total).toBeGreaterThan(
      countParameters(smaller as Transformer).total,
    );
  });

  it("puts experts only in every n-th layer with layerEvery", () => {
    const half = countParameters({
      ...mixtral,
      moe: { experts: 8, activeExperts: 2, layerEvery: 2 },
    });
    const all = countParameters(mixtral);
    expect(half.total).toBeLessThan(all.total);
    expect(half.active).toBeLessThan(all.active);
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(mixtral);
    countParameters(mixtral);
    expect(mixtral).toEqual(copy);
  });
});

describe("parameter sharing", () => {
  it("stores each distinct block once but computes every layer", () => {
    const shared = countParameters({ ...llama2_70b, distinctLayers: 10 });
    const full = countParameters(llama2_70b);
    const perLayer = (full.total - full.embedding - 8192) / 80;
    expect(shared.total).toBe(full.embedding + 10 * perLayer + 8192);
    expect(shared.computeActive).toBe(full.total);
  });
});
