import {
  BYTES_PER_PARAMETER,
  gradientBytesPerParameter,
  optimizerBytesPerParameter,
} from "../catalog/precision.js";
import {
  CHINCHILLA_TOKENS_PER_PARAMETER,
  DEFAULT_CONTEXT_LENGTH,
} from "../catalog/training-defaults.js";
import type { EstimateContext } from "../inputs.js";
import { chinchillaLoss } from "../scaling-law.js";
import { lanewise, product, quotient, sum, type Value } from "../values.js";
import { type FigureDefinition, perContext } from "./definition.js";

/** The transformer's shapes as plain numbers, with defaults filled in; undefined without a transformer. */
export const shapeOf = perContext((context: EstimateContext) => {
  const t = context.transformer;
  if (!t) return undefined;
  const hiddenSize = t.hiddenSize as number;
  const heads = t.attentionHeads as number;
  return {
    layers: t.layers as number,
    hiddenSize,
    heads,
    kvHeads: (t.kvHeads as number | undefined) ?? heads,
    headDim: (t.headDim as number | undefined) ?? hiddenSize / heads,
    contextLength: (t.contextLength as number | undefined) ?? DEFAULT_CONTEXT_LENGTH,
  };
});

/** Attention-score FLOPs per training token: 6 · layers · context · heads · headDim (Kaplan et al. 2020). */
export const attentionFlopsPerToken = perContext((context: EstimateContext): number => {
  const shape = shapeOf(context);
  return shape ? 6 * shape.layers * shape.contextLength * shape.heads * shape.headDim : 0;
});

/** Bytes of training state per parameter: weights + gradients + optimizer states. */
export const trainingBytesPerParameter = perContext((context: EstimateContext): number => {
  const precision = context.trainingPrecision;
  return (
    (BYTES_PER_PARAMETER[precision] ?? 2) +
    gradientBytesPerParameter(precision) +
    optimizerBytesPerParameter(context.optimizer, precision)
  );
});

const paramSource = (c: EstimateContext) => c.inputs.parametersTotal?.sources ?? [];

/** Scale, data and compute figures. */
export const SCALE_FIGURES: FigureDefinition[] = [
  {
    key: "parameters.total",
    unit: "parameters",
    needs: "architecture.parameters or architecture.transformer",
    compute: (p) => p.parametersTotal,
    explain: (c) => ({
      formula:
        c.inputs.parametersTotal?.path === "architecture.parameters"
          ? "architecture.parameters"
          : "embeddings + layers x (attention + feed-forward or experts + norms) + final norm",
      uses: ["parametersTotal"],
      sources: paramSource(c),
    }),
  },
  {
    key: "parameters.active",
    unit: "parameters",
    needs: "a parameter count",
    compute: (p) => p.parametersActive,
    explain: (c) => ({
      formula:
        c.transformer?.moe && !c.inputs.parametersActive?.path.endsWith("activeParameters")
          ? "total with only activeExperts + sharedExperts experts per MoE layer"
          : c.inputs.parametersActive?.path === "architecture.activeParameters"
            ? "architecture.activeParameters"
            : "parameters.total (dense)",
      uses: ["parametersActive"],
      sources: c.inputs.parametersActive?.sources ?? [],
    }),
  },
  {
    key: "scaling.computeOptimalTokens",
    unit: "tokens",
    needs: "a parameter count",
    compute: (p) => product(CHINCHILLA_TOKENS_PER_PARAMETER, p.parametersActive),
    explain: () => ({
      formula: "20 x parameters.active",
      uses: ["parametersActive"],
      sources: ["hoffmann2022"],
    }),
  },
  {
    key: "training.tokens",
    unit: "tokens",
    needs: "training.tokens, or compute-optimal with a parameter count",
    compute: (p, f, c) => (c.computeOptimalTokens ? f["scaling.computeOptimalTokens"] : p.tokens),
    explain: (c) =>
      c.computeOptimalTokens
        ? {
            formula: "compute-optimal: 20 x parameters.active",
            uses: ["parametersActive"],
            sources: ["hoffmann2022"],
          }
        : { formula: "training.tokens", uses: ["tokens"], sources: ["owner"] },
  },
  {
    key: "training.tokensPerParameter",
    unit: "ratio",
    needs: "training tokens and a parameter count",
    compute: (p, f) => {
      const tokens = f["training.tokens"];
      return tokens === undefined || p.parametersActive === undefined
        ? undefined
        : quotient(tokens, p.parametersActive);
    },
    explain: () => ({
      formula: "training.tokens / parameters.active",
      uses: ["training.tokens", "parametersActive"],
      sources: [],
    }),
  },
  {
    key: "compute.trainingFlops",
    unit: "FLOP",
    needs: "training.flops, or training tokens and a parameter count",
    compute: (p, f, c) => {
      if (p.flops !== undefined) return p.flops;
      const tokens = f["training.tokens"];
      if (tokens === undefined || p.parametersActive === undefined) return undefined;
      const perToken = sum(
        product(6, p.parametersCompute ?? p.parametersActive) as Value,
        attentionFlopsPerToken(c),
      );
      return product(perToken, tokens);
    },
    explain: (c) =>
      c.inputs.flops
        ? { formula: "training.flops", uses: ["flops"], sources: ["owner"] }
        : {
            formula: c.transformer
              ? `(6 x ${c.inputs.parametersCompute ? "parameters computed per token (shared layers counted at every depth)" : "parameters.active"} + 6 x layers x contextLength x heads x headDim) x training.tokens`
              : "6 x parameters.active x training.tokens",
            uses: ["parametersActive", "training.tokens"],
            sources: ["kaplan2020", "hoffmann2022"],
          },
  },
  {
    key: "memory.trainingStateBytes",
    unit: "bytes",
    needs: "a parameter count",
    compute: (p, _f, c) => product(p.parametersTotal, trainingBytesPerParameter(c)),
    explain: (c) => ({
      formula: `parameters.total x ${trainingBytesPerParameter(c)} bytes (${c.trainingPrecision} weights and gradients, ${c.optimizer} states with fp32 master)`,
      uses: ["parametersTotal"],
      sources: ["rajbhandari2020", "eleutherMath2023"],
    }),
  },
  {
    key: "memory.inferenceWeightsBytes",
    unit: "bytes",
    needs: "a parameter count",
    compute: (p, _f, c) =>
      product(p.parametersTotal, BYTES_PER_PARAMETER[c.inferencePrecision] ?? 2),
    explain: (c) => ({
      formula: `parameters.total x ${BYTES_PER_PARAMETER[c.inferencePrecision] ?? 2} bytes (${c.inferencePrecision})`,
      uses: ["parametersTotal"],
      sources: ["eleutherMath2023"],
    }),
  },
  {
    key: "memory.kvCacheBytesPerToken",
    unit: "bytes",
    needs: "architecture.transformer",
    compute: (_p, _f, c) => {
      const shape = shapeOf(c);
      if (!shape) return undefined;
      return (
        2 *
        shape.layers *
        shape.kvHeads *
        shape.headDim *
        (BYTES_PER_PARAMETER[c.inferencePrecision] ?? 2)
      );
    },
    explain: (c) => ({
      formula: `2 (K and V) x layers x kvHeads x headDim x ${BYTES_PER_PARAMETER[c.inferencePrecision] ?? 2} bytes`,
      uses: [],
      sources: ["pope2022"],
    }),
  },
  {
    key: "memory.activationBytesPerSequence",
    unit: "bytes",
    needs: "architecture.transformer",
    compute: (_p, _f, c) => {
      const shape = shapeOf(c);
      if (!shape) return undefined;
      const { layers, contextLength: s, hiddenSize: h, heads: a } = shape;
      return layers * s * h * (34 + (5 * a * s) / h);
    },
    explain: () => ({
      formula: "layers x s x h x (34 + 5 a s / h) bytes, one sequence, no recomputation",
      uses: [],
      sources: ["korthikanti2022"],
    }),
  },
  {
    key: "memory.activationRecomputedBytesPerSequence",
    unit: "bytes",
    needs: "architecture.transformer",
    compute: (_p, _f, c) => {
      const shape = shapeOf(c);
      return shape ? 2 * shape.layers * shape.contextLength * shape.hiddenSize : undefined;
    },
    explain: () => ({
      formula:
        "2 x layers x s x h bytes, one sequence, full recomputation (only each layer's input kept)",
      uses: [],
      sources: ["korthikanti2022"],
    }),
  },
  {
    key: "hardware.minAcceleratorsForMemory",
    unit: "accelerators",
    needs: "a parameter count and training.accelerator",
    compute: (_p, f, c) => {
      const bytes = f["memory.trainingStateBytes"];
      if (bytes === undefined || !c.accelerator) return undefined;
      return lanewise(Math.ceil, quotient(bytes, c.accelerator.memoryGB * 1e9));
    },
    explain: (c) => ({
      formula: `ceil(memory.trainingStateBytes / ${c.accelerator?.memoryGB ?? "?"} GB), state fully sharded, activations excluded`,
      uses: ["memory.trainingStateBytes"],
      sources: c.accelerator ? [c.accelerator.source] : [],
    }),
  },
  {
    key: "scaling.predictedLoss",
    unit: "nats/token",
    needs: "training tokens and a parameter count",
    compute: (p, f, c) => {
      const tokens = f["training.tokens"];
      if (tokens === undefined || p.parametersActive === undefined) return undefined;
      return lanewise((n, d) => chinchillaLoss(n, d, c.law), p.parametersActive, tokens);
    },
    explain: (c) => ({
      formula: `E + A / N^alpha + B / D^beta (${c.scalingLaw === "besiroglu2024" ? "Besiroglu et al. 2024" : "Hoffmann et al. 2022"} constants) with N = parameters.active: for MoE the parameters each token uses, since the law was fitted on dense models where all parameters do work per token; D = training.tokens`,
      uses: ["parametersActive", "training.tokens"],
      sources: [c.scalingLaw === "besiroglu2024" ? "besiroglu2024" : "hoffmann2022"],
    }),
  },
];
