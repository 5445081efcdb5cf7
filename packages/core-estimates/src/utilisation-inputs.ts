import type { Quantity, Range } from "@forecard/schema";
import { type Accelerator, peakFlopsPerSecond } from "./catalog/accelerators.js";
import { GENERATION_ANCHORS, GENERATION_OF, type GenerationId } from "./catalog/generations.js";
import { EXTRAPOLATION_SD_PER_DECADE } from "./catalog/training-defaults.js";
import { FP8_SPEEDUP, MOE_UTILISATION } from "./catalog/utilisation-factors.js";
import { exponential } from "./exponential.js";
import type { SourceId } from "./sources.js";
import type { Assumption } from "./types.js";
import type { UtilisationModel } from "./utilisation-fit.js";

/** Half-width of a symmetric triangular distribution whose 5th-95th percentiles are ±1.645 σ. */
const TRIANGULAR_HALF_WIDTH_PER_SD = 1.645 / (1 - Math.sqrt(0.1));

/** The per-proposal constants of the utilisation model. */
export interface UtilisationContext {
  generation: GenerationId;
  /** ln MFU of a large dense bf16 run on this generation (calibrated anchor). */
  logMfuAnchor: number;
  sizeSlope: number;
  sizeKneeParameters: number;
}

/** What the utilisation model adds to a proposal's inputs. */
export interface ResolvedUtilisation {
  context?: UtilisationContext;
  inputs: {
    key: "precisionSpeedup" | "moeUtilisation" | "utilisationLogResidual" | "overheadFactor";
    value: Quantity;
    sources: SourceId[];
  }[];
  assumptions: Assumption[];
}

const likelyOf = (q: Quantity | undefined) =>
  q === undefined || typeof q === "number" ? q : q.likely;
const round = (n: number, digits = 3) => Number(n.toPrecision(digits));

/**
 * MFU against the dense bf16 peak: anchor(generation) x size factor x precision factor x MoE
 * factor x residual. Pure: a function of the sampled inputs and the per-proposal constants.
 */
export function modelledMfu(
  u: UtilisationContext,
  activeParameters: number,
  precisionSpeedup: number,
  moeUtilisation: number,
  logResidual: number,
): number {
  return mfuOfSize(u, sizeTerm(u, activeParameters), precisionSpeedup, moeUtilisation, logResidual);
}

/** The size factor of {@link modelledMfu} in ln units: 0 at and above the knee, negative below. */
export function sizeTerm(u: UtilisationContext, activeParameters: number): number {
  return u.sizeSlope * Math.min(0, Math.log(activeParameters / u.sizeKneeParameters));
}

/** {@link modelledMfu} with its size term already taken (see sizeTerm). */
export function mfuOfSize(
  u: UtilisationContext,
  size: number,
  precisionSpeedup: number,
  moeUtilisation: number,
  logResidual: number,
): number {
  return exponential(u.logMfuAnchor + size + logResidual) * precisionSpeedup * moeUtilisation;
}

/**
 * Resolves the utilisation model's inputs for a proposal whose hours are derived from compute:
 * anchor, precision and MoE factors, the calibrated residual spread (widened for borrowed anchors
 * and extrapolated scale) and the goodput overhead. Each default becomes an assumption.
 */
export function resolveUtilisation(options: {
  model: UtilisationModel;
  accelerator: Accelerator | undefined;
  precision: string;
  /** Parameters each token computes with (the size the size factor reads). */
  activeParameters: Quantity | undefined;
  moe: boolean;
  acceleratorCount: Quantity | undefined;
  ownMfu: boolean;
  ownOverhead: boolean;
}): ResolvedUtilisation {
  const { model, accelerator } = options;
  const { fit } = model;
  const out: ResolvedUtilisation = { inputs: [], assumptions: [] };
  if (!options.ownOverhead) {
    const overhead = round(Math.exp(-fit.logGoodput));
    out.inputs.push({ key: "overheadFactor", value: overhead, sources: ["calibration"] });
    out.assumptions.push({
      path: "training.overheadFactor",
      value: overhead,
      sources: ["calibration"],
      note: "published MFU anchors over the effective utilisation of published runs' accelerator-hours: restarts, failures, evaluation and less-tuned stacks",
    });
  }
  if (options.ownMfu || !accelerator) return out;

  const generation = GENERATION_OF[accelerator.id];
  const anchor = GENERATION_ANCHORS[generation];
  const logMfuAnchor = fit.logAnchors[generation] - fit.logGoodput;
  out.context = {
    generation,
    logMfuAnchor,
    sizeSlope: fit.sizeSlopes[generation],
    sizeKneeParameters: fit.sizeKneeParameters,
  };
  const runs = fit.runsPerGeneration[generation];
  out.assumptions.push({
    path: "training.mfu.anchor",
    value: round(Math.exp(logMfuAnchor)),
    sources: ["calibration", ...(anchor.source ? [anchor.source] : [])],
    note:
      runs > 0
        ? `MFU of a large dense bf16 run on ${anchor.name}: ${runs} calibration run(s)${anchor.publishedMfu ? ` and the published ${anchor.publishedMfu}` : ""}`
        : `MFU of a large dense bf16 run on ${anchor.name}: no calibration run, so borrowed from the nearest generation of the same vendor and widened`,
  });
  const active = likelyOf(options.activeParameters);
  const slope = fit.sizeSlopes[generation];
  if (active !== undefined && slope > 0) {
    const factor = Math.exp(slope * Math.min(0, Math.log(active / fit.sizeKneeParameters)));
    out.assumptions.push({
      path: "training.mfu.size",
      value: round(factor),
      sources: ["calibration"],
      note: `smaller models use accelerators less well: (active parameters / ${round(fit.sizeKneeParameters / 1e9)}B)^${round(slope, 2)} below that size on ${anchor.name}, 1 above`,
    });
  }

  const precisionFactor = precisionSpeedup(accelerator, options.precision);
  if (precisionFactor) {
    out.inputs.push({ key: "precisionSpeedup", ...precisionFactor });
    out.assumptions.push({ path: "training.mfu.precision", ...precisionFactor });
  }
  if (options.moe) {
    out.inputs.push({
      key: "moeUtilisation",
      value: fit.moeFactor,
      sources: MOE_UTILISATION.sources,
    });
    out.assumptions.push({
      path: "training.mfu.moe",
      value: fit.moeFactor,
      sources: MOE_UTILISATION.sources,
      note: `MoE utilisation relative to a dense model of the same active size: same-cluster pairs (DeepSeek-V2 and DeepSeek 67B on H800; Granite 3.0 MoEs and Granite 3.0 2B on H100) after the size term`,
    });
  }

  const extrapolation = Math.max(
    0,
    active === undefined ? 0 : Math.log10(active / fit.largestParameters),
    Math.log10((likelyOf(options.acceleratorCount) ?? 0) / fit.largestCluster),
  );
  const sd = Math.sqrt(
    model.residualSd ** 2 +
      (runs === 0 ? fit.generationSd ** 2 : 0) +
      (EXTRAPOLATION_SD_PER_DECADE * extrapolation) ** 2,
  );
  const half = round(sd * TRIANGULAR_HALF_WIDTH_PER_SD);
  const residual: Range = { low: -half, likely: 0, high: half };
  out.inputs.push({ key: "utilisationLogResidual", value: residual, sources: ["calibration"] });
  out.assumptions.push({
    path: "training.mfu.residual",
    value: residual,
    sources: ["calibration"],
    note: `ln-scale spread of utilisation, 90% within ±${round(1.645 * sd, 2)}: leave-one-out residual ${round(model.residualSd, 2)}${runs === 0 ? `, borrowed anchor ${round(fit.generationSd, 2)}` : ""}${extrapolation > 0 ? `, ${round(extrapolation, 2)} decades past the largest calibration run` : ""}`,
  });
  return out;
}

/** The precision factor of a proposal, or undefined when it is 1 (bf16, fp16, or fp8 without fp8 units). */
function precisionSpeedup(
  accelerator: Accelerator,
  precision: string,
): { value: Quantity; sources: SourceId[]; note: string } | undefined {
  if (precision === "fp8") {
    if (!accelerator.peakDenseTflops.fp8) return undefined;
    return { value: FP8_SPEEDUP.value, sources: FP8_SPEEDUP.sources, note: FP8_SPEEDUP.note };
  }
  const bf16 = peakFlopsPerSecond(accelerator, "bf16")?.flopsPerSecond;
  const own = peakFlopsPerSecond(accelerator, precision)?.flopsPerSecond;
  if (!bf16 || !own || own >= bf16) return undefined;
  return {
    value: round(own / bf16),
    sources: [accelerator.source],
    note: `${precision} runs at ${round(own / 1e12)} of the ${round(bf16 / 1e12)} dense bf16 TFLOP/s`,
  };
}
