import type { Range } from "@forecard/schema";
import { peakFlopsPerSecond } from "../catalog/accelerators.js";
import { BYTES_PER_PARAMETER } from "../catalog/precision.js";
import { newColumn } from "../column-pool.js";
import { exponential } from "../exponential.js";
import type { EstimateContext } from "../inputs.js";
import { columnsOf, product, type Value } from "../values.js";
import { type FigureDefinition, perContext, type Values } from "./definition.js";

/** Sequences decoded together per model replica, when the proposal gives none: a stated assumption. */
export const INFERENCE_BATCH: Range = { low: 16, likely: 64, high: 256 };
/** Share of the roofline bound a serving stack reaches: a stated assumption. */
export const INFERENCE_EFFICIENCY: Range = { low: 0.3, likely: 0.5, high: 0.7 };

// Shared layers are stored once but run at every depth: compute per token scales up, weight bytes do not.
const computeRatio = perContext((context: EstimateContext) =>
  context.count && context.transformer?.distinctLayers !== undefined
    ? context.count.computeActive / context.count.active
    : 1,
);

const inferencePeak = perContext((context: EstimateContext) =>
  context.inferenceAccelerator
    ? peakFlopsPerSecond(context.inferenceAccelerator, context.inferencePrecision)?.flopsPerSecond
    : undefined,
);

/** Share of experts each token is routed to (activeExperts / experts), when the transformer says. */
export const routedShare = perContext((context: EstimateContext): number | undefined => {
  const moe = context.transformer?.moe;
  if (moe) return (moe.activeExperts as number) / (moe.experts as number);
  return undefined;
});

/**
 * Share of the experts one token is routed to: the routing's k/E when the transformer gives one,
 * else active / total parameters, at most 1.
 */
function shareOf(
  share: number | undefined,
  activeParameters: number,
  totalParameters: number,
): number {
  return Math.min(share ?? activeParameters / totalParameters, 1);
}

/** ln(1 - share), the log of the chance that a token is not routed to a given expert. */
function unroutedLogOf(share: number | undefined): number | undefined {
  return share === undefined ? undefined : Math.log1p(-share);
}

/**
 * Parameters whose weights one decoding step reads for a batch of B sequences. With top-k routing
 * over E experts, a step touches E·(1 - (1 - k/E)^B) distinct experts on average (uniform routing),
 * so the inactive expert weights read are (total - active) · (1 - (1-p)^B - p) / (1 - p), p = k/E.
 * Dense models read exactly their parameters.
 * @param unroutedLog - ln(1 - share), for a caller that takes it once for many samples.
 */
export function parametersReadPerStep(
  activeParameters: number,
  totalParameters: number,
  batch: number,
  share: number | undefined,
  unroutedLog = unroutedLogOf(share),
): number {
  if (totalParameters <= activeParameters) return activeParameters;
  const p = shareOf(share, activeParameters, totalParameters);
  if (p >= 1) return totalParameters;
  // (1 - p)^batch as exp(batch ln(1 - p)): the Monte Carlo takes it once per sample, and ln(1 - p)
  // once per estimate when the share is fixed (unroutedLog).
  const inactiveRead = (1 - exponential(batch * (unroutedLog ?? Math.log1p(-p))) - p) / (1 - p);
  return activeParameters + (totalParameters - activeParameters) * Math.max(0, inactiveRead);
}

/**
 * Accelerator-seconds to generate one token: the slower of compute (2 FLOPs per active parameter)
 * and weight reads (the weights one decoding step touches, shared by the batch), over efficiency.
 * Pope et al. (2022) show decoding is bound by one or the other.
 */
export function acceleratorSecondsPerToken(p: Values, context: EstimateContext): Value | undefined {
  // The energy and the cost figures both ask, with the same values and context.
  const known = secondsPerToken.get(p);
  if (known?.context === context) return known.seconds;
  const seconds = rooflineSeconds(p, context);
  secondsPerToken.set(p, { context, seconds });
  return seconds;
}

const secondsPerToken = new WeakMap<
  Values,
  { context: EstimateContext; seconds: Value | undefined }
>();

function rooflineSeconds(p: Values, context: EstimateContext): Value | undefined {
  const accelerator = context.inferenceAccelerator;
  const peak = inferencePeak(context);
  const active = p.parametersActive;
  if (!accelerator || !peak || active === undefined) return undefined;
  const ratio = computeRatio(context);
  const share = routedShare(context);
  const total = p.parametersTotal ?? active;
  // When the share does not vary (a routing, or fixed active and total parameters), its logarithm
  // is taken here once rather than once per sample.
  const fixedShare =
    typeof active === "number" && typeof total === "number" ? shareOf(share, active, total) : share;
  const serving: Serving = {
    ratio,
    peak,
    share,
    unroutedLog: unroutedLogOf(fixedShare),
    bytesPerParameter: BYTES_PER_PARAMETER[context.inferencePrecision] ?? 2,
    bandwidthGBps: accelerator.memoryBandwidthGBps,
  };
  const operands = [
    active,
    total,
    p.inferenceBatch ?? INFERENCE_BATCH.likely,
    p.inferenceEfficiency ?? INFERENCE_EFFICIENCY.likely,
  ];
  const columns = columnsOf(operands);
  if (!columns) {
    const [a, t, b, e] = operands as [number, number, number, number];
    return stepSeconds(serving, a, t, b, e);
  }
  // A loop of its own, so that V8 inlines the roofline (see columnsOf).
  const [a, t, b, e] = columns as [Float64Array, Float64Array, Float64Array, Float64Array];
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++)
    out[i] = stepSeconds(serving, a[i] as number, t[i] as number, b[i] as number, e[i] as number);
  return out;
}

/** What the roofline of one decoding step needs beyond the sampled inputs. */
interface Serving {
  ratio: number;
  /** FLOP/s at the serving precision. */
  peak: number;
  /** Share of the experts one token is routed to; undefined for a dense model. */
  share: number | undefined;
  /** ln(1 - share), taken once; undefined when the share is not one number. */
  unroutedLog: number | undefined;
  bytesPerParameter: number;
  bandwidthGBps: number;
}

/** Accelerator-seconds per generated token at one sample of the inputs. */
function stepSeconds(
  s: Serving,
  activeParameters: number,
  totalParameters: number,
  batch: number,
  efficiency: number,
): number {
  const computeSeconds = (2 * activeParameters * s.ratio) / s.peak;
  const read = parametersReadPerStep(
    activeParameters,
    totalParameters,
    batch,
    s.share,
    s.unroutedLog,
  );
  const memorySeconds = (read * s.bytesPerParameter) / (batch * s.bandwidthGBps * 1e9);
  return Math.max(computeSeconds, memorySeconds) / efficiency;
}

const roofline = (c: EstimateContext) =>
  `max(2 x parameters.active / ${c.inferencePrecision} peak, weight bytes read per step / (batch x bandwidth)) / efficiency; an MoE step reads E(1-(1-k/E)^batch) distinct experts`;

/** Serving footprint figures. */
export const INFERENCE_FIGURES: FigureDefinition[] = [
  {
    key: "inference.energyPerMillionTokensKWh",
    unit: "kWh",
    needs: "the inference section with an accelerator of known power, and a parameter count",
    compute: (p, _f, c) => {
      // Joules per token to kWh per million tokens (x 1e6 / 3.6e6), folded into the product.
      return product(acceleratorSecondsPerToken(p, c), p.inferencePowerWatts, p.pue, 1e6 / 3.6e6);
    },
    explain: (c) => ({
      formula: `1e6 tokens x ${roofline(c)} s x power W x pue / 3.6e6`,
      uses: [
        "parametersActive",
        "parametersTotal",
        "inferenceBatch",
        "inferenceEfficiency",
        "inferencePowerWatts",
        "pue",
      ],
      sources: ["pope2022", ...(c.inferenceAccelerator ? [c.inferenceAccelerator.source] : [])],
    }),
  },
  {
    key: "inference.costPerMillionTokensUsd",
    unit: "USD",
    needs: "the inference section, a parameter count and a price for the inference accelerator",
    compute: (p, _f, c) => {
      // Accelerator-seconds per token to hours per million tokens, folded into the product.
      return product(acceleratorSecondsPerToken(p, c), p.inferenceHourUsd, 1e6 / 3600);
    },
    explain: (c) => ({
      formula: `1e6 tokens x ${roofline(c)} s / 3600 x accelerator-hour price`,
      uses: [
        "parametersActive",
        "parametersTotal",
        "inferenceBatch",
        "inferenceEfficiency",
        "inferenceHourUsd",
      ],
      sources: ["pope2022", ...(c.inputs.inferenceHourUsd?.sources ?? [])],
    }),
  },
  {
    key: "inference.annualTCO2e",
    unit: "tCO2e",
    needs: "inference.tokensPerDay and the energy per million tokens",
    // Million tokens and kg to tonnes folded into the product: one pass over the samples.
    compute: (p, f) =>
      product(
        f["inference.energyPerMillionTokensKWh"],
        p.tokensPerDay,
        365 / 1e9,
        p.carbonIntensity,
      ),
    explain: (c) => ({
      formula:
        "inference.energyPerMillionTokensKWh x tokensPerDay / 1e6 x 365 x carbonIntensity / 1000",
      uses: ["inference.energyPerMillionTokensKWh", "tokensPerDay", "carbonIntensity"],
      sources: c.inputs.carbonIntensity?.sources ?? [],
    }),
  },
  {
    key: "inference.lifetimeTCO2e",
    unit: "tCO2e",
    needs: "inference.tokensPerDay",
    compute: (p, f) => product(f["inference.annualTCO2e"], p.inferenceYears),
    explain: () => ({
      formula: "inference.annualTCO2e x inference.years",
      uses: ["inference.annualTCO2e", "inferenceYears"],
      sources: [],
    }),
  },
];
