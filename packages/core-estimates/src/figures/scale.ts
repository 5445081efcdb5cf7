import {
  BYTES_PER_PARAMETER,
  gradientBytesPerParameter,
  optimizerBytesPerParameter,
} from "../catalog/precision.js";
import { DEFAULT_CONTEXT_LENGTH } from "../catalog/training-defaults.js";
import { newColumn } from "../column-pool.js";
import { exponential } from "../exponential.js";
import type { EstimateContext } from "../inputs.js";
import {
  EXTRAPOLATION_LOSS_SPREAD_PER_DECADE,
  FITTED_COMPUTE_MAX_FLOPS,
  type LossLaw,
  optimalTokensForParameters,
  SCALING_LAW_NAMES,
} from "../scaling-law.js";
import type { SourceId } from "../sources.js";
import { lanewise, naturalLog, power, product, quotient, sum, type Value } from "../values.js";
import { type FigureDefinition, perContext, type Values } from "./definition.js";

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

/**
 * What each parameter's training bytes are for, as the formula shows them: "fp8 weights 1,
 * gradients 2, adamw states with fp32 master 12" adds up to the 15 bytes beside it.
 */
function trainingBytesParts(context: EstimateContext): string {
  const precision = context.trainingPrecision;
  const optimizer = optimizerBytesPerParameter(context.optimizer, precision);
  const master = optimizer > optimizerBytesPerParameter(context.optimizer, "fp32");
  return [
    `${precision} weights ${BYTES_PER_PARAMETER[precision] ?? 2}`,
    `gradients ${gradientBytesPerParameter(precision)}`,
    `${context.optimizer} states${master ? " with fp32 master" : ""} ${optimizer}`,
  ].join(", ");
}

/** Bytes of training state per parameter: weights + gradients + optimizer states. */
export const trainingBytesPerParameter = perContext((context: EstimateContext): number => {
  const precision = context.trainingPrecision;
  return (
    (BYTES_PER_PARAMETER[precision] ?? 2) +
    gradientBytesPerParameter(precision) +
    optimizerBytesPerParameter(context.optimizer, precision)
  );
});

/** The chosen loss law's name and source. */
export const lawName = (c: EstimateContext) => SCALING_LAW_NAMES[c.scalingLaw];
export const lawSource = (c: EstimateContext): SourceId =>
  c.scalingLaw === "besiroglu2024" ? "besiroglu2024" : "hoffmann2022";

const LOG_FITTED_COMPUTE = Math.log(FITTED_COMPUTE_MAX_FLOPS);

/**
 * Loss with its uncertainty: the chosen fit, moved toward the other fit by the sampled blend, with
 * the reducible part widened by the sampled spread per decade of compute past the fitted range.
 */
export function rangedLoss(
  p: Values,
  c: EstimateContext,
  parameters: Value,
  tokens: Value,
  flops: Value,
): Value {
  const chosen = lossOver(parameters, tokens, c.law);
  const other = lossOver(parameters, tokens, c.otherLaw);
  // Read once, not once per sample: the context may be a watched view (see figure-reuse.ts).
  const irreducible = c.law.E;
  return lanewise(
    (lawChosen, lawOther, logCompute, blend, unit) => {
      const blended = lawChosen + blend * (lawOther - lawChosen);
      // log10(C / C_fitted), from the natural logarithm the tokens' powers already took.
      const decades = Math.max(0, (logCompute - LOG_FITTED_COMPUTE) / Math.LN10);
      const spread = EXTRAPOLATION_LOSS_SPREAD_PER_DECADE * decades * unit;
      return irreducible + (blended - irreducible) * exponential(spread);
    },
    chosen,
    other,
    naturalLog(flops),
    p.lossFitBlend ?? 0,
    p.lossExtrapolationUnit ?? 0,
  );
}

/** The Chinchilla loss E + A / N^alpha + B / D^beta over values (see `chinchillaLoss`). */
export function lossOver(parameters: Value, tokens: Value, law: LossLaw): Value {
  const n = power(parameters, law.alpha);
  const d = power(tokens, law.beta);
  if (typeof n === "object" && typeof d === "object") return lossColumn(law, n, d);
  // A fixed model size (a set architecture) with ranged tokens: one pass, not two.
  if (typeof n === "number" && typeof d === "object")
    return lossOfFixedSize(law.E + law.A / n, law.B, d);
  return sum(law.E, quotient(law.A, n), quotient(law.B, d));
}

/** E + A / N^alpha (one number) + B / D^beta over a column of D^beta: the same sums as sum(). */
function lossOfFixedSize(fixed: number, b: number, d: Float64Array): Float64Array {
  const out = newColumn(d.length);
  for (let i = 0; i < out.length; i++) out[i] = fixed + b / (d[i] as number);
  return out;
}

/**
 * The loss from columns of N^alpha and D^beta in one pass, where sum() of two quotients took four
 * passes and three columns. The same operations in the same order, so the same numbers.
 */
function lossColumn(law: LossLaw, n: Float64Array, d: Float64Array): Float64Array {
  const { E, A, B } = law;
  const out = newColumn(n.length);
  for (let i = 0; i < out.length; i++) out[i] = E + A / (n[i] as number) + B / (d[i] as number);
  return out;
}

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
    compute: (p, _f, c) => {
      if (p.parametersActive === undefined) return undefined;
      // Read once, not once per sample: the context a figure reads may be a watched view.
      const law = c.law;
      return lanewise((n) => optimalTokensForParameters(n, law), p.parametersActive);
    },
    explain: (c) => ({
      formula: `D_opt(parameters.active) under ${lawName(c)}: the tokens for which this size is the compute-optimal split`,
      uses: ["parametersActive"],
      sources: [lawSource(c)],
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
            formula: `compute-optimal: D_opt(parameters.active) under ${lawName(c)}`,
            uses: ["parametersActive"],
            sources: [lawSource(c)],
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
    compute: (p, f) => {
      if (p.flops !== undefined) return p.flops;
      const tokens = f["training.tokens"];
      if (tokens === undefined || p.parametersActive === undefined) return undefined;
      // One definition everywhere (calibration and prediction): 6 model FLOPs per parameter a
      // token passes through, attention scores excluded; the calibrated utilisation absorbs them.
      return product(6, p.parametersCompute ?? p.parametersActive, tokens);
    },
    explain: (c) =>
      c.inputs.flops
        ? { formula: "training.flops", uses: ["flops"], sources: ["owner"] }
        : {
            formula: `6 x ${c.inputs.parametersCompute ? "parameters computed per token (shared layers counted at every depth)" : "parameters.active"} x training.tokens (model FLOPs, attention scores excluded, as in calibration)`,
            uses: ["parametersActive", "training.tokens"],
            sources: ["kaplan2020", "hoffmann2022"],
          },
  },
  {
    key: "memory.trainingStateBytes",
    unit: "bytes",
    needs: "a parameter count",
    compute: (p, _f, c) =>
      p.parametersTotal === undefined
        ? undefined
        : product(p.parametersTotal, trainingBytesPerParameter(c)),
    explain: (c) => ({
      formula: `parameters.total x ${trainingBytesPerParameter(c)} bytes (${trainingBytesParts(c)})`,
      uses: ["parametersTotal"],
      sources: ["rajbhandari2020", "eleutherMath2023"],
    }),
  },
  {
    key: "memory.inferenceWeightsBytes",
    unit: "bytes",
    needs: "a parameter count",
    compute: (p, _f, c) =>
      p.parametersTotal === undefined
        ? undefined
        : product(p.parametersTotal, BYTES_PER_PARAMETER[c.inferencePrecision] ?? 2),
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
      // Fused (flash) attention never stores the a x s x s score matrices: the 5as/h term drops.
      return shape.layers * shape.contextLength * shape.hiddenSize * 34;
    },
    explain: () => ({
      formula:
        "layers x s x h x 34 bytes, one sequence, fused (flash) attention, no recomputation (unfused attention adds 5 a s / h per token and layer)",
      uses: [],
      sources: ["korthikanti2022", "dao2022"],
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
      const flops = f["compute.trainingFlops"] ?? (product(6, p.parametersActive, tokens) as Value);
      return rangedLoss(p, c, p.parametersActive, tokens, flops);
    },
    explain: (c) => ({
      formula: `E + A / N^alpha + B / D^beta (${lawName(c)}) with N = parameters.active (for MoE the parameters each token uses: the law was fitted on dense models) and D = training.tokens; the range moves toward the other fit (${c.scalingLaw === "besiroglu2024" ? "Hoffmann et al. 2022" : "Besiroglu et al. 2024"}) and widens the reducible loss by ${EXTRAPOLATION_LOSS_SPREAD_PER_DECADE} (ln) per decade of compute past the fitted ${FITTED_COMPUTE_MAX_FLOPS.toExponential(1)} FLOP`,
      uses: [
        "parametersActive",
        "training.tokens",
        "compute.trainingFlops",
        "lossFitBlend",
        "lossExtrapolationUnit",
      ],
      sources: ["besiroglu2024", "hoffmann2022"],
    }),
  },
];
