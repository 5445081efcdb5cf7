import { peakFlopsPerSecond } from "./catalog/accelerators.js";
import { MAX_PUBLISHED_MFU } from "./catalog/training-defaults.js";
import type { Computed, Point } from "./figures/definition.js";
import type { EstimateContext } from "./inputs.js";
import { FITTED_COMPUTE_MAX_FLOPS, optimalTokensForParameters } from "./scaling-law.js";
import type { EstimateWarning } from "./types.js";
import { withSignificantDigits } from "./units.js";

/** A model trained on less than this share of its compute-optimal tokens is far from optimal. */
export const UNDERTRAINED_SHARE_OF_OPTIMAL = 1 / 4;

/** Explicit parameter counts may differ this much from the described transformer before a warning. */
export const PARAMETER_MISMATCH_TOLERANCE = 0.05;

const round = (n: number) => withSignificantDigits(n, 3);

/** Plausibility warnings, judged at the likely inputs. */
export function plausibilityWarnings(
  point: Point,
  computed: Computed,
  context: EstimateContext,
): EstimateWarning[] {
  const warnings: EstimateWarning[] = [];
  const ratio = computed["training.tokensPerParameter"];
  const active = point.parametersActive;
  const optimal =
    active === undefined ? undefined : optimalTokensForParameters(active, context.law) / active;
  if (
    ratio !== undefined &&
    optimal !== undefined &&
    ratio < optimal * UNDERTRAINED_SHARE_OF_OPTIMAL
  ) {
    warnings.push({
      code: "UNDERTRAINED",
      path: "training.tokens",
      message: `${round(ratio)} tokens per active parameter, far below the compute-optimal ${round(optimal)} (${context.scalingLaw === "besiroglu2024" ? "Besiroglu et al. 2024" : "Hoffmann et al. 2022"})`,
    });
  }
  const flops = computed["compute.trainingFlops"];
  if (
    flops !== undefined &&
    computed["scaling.predictedLoss"] !== undefined &&
    flops > FITTED_COMPUTE_MAX_FLOPS
  ) {
    const times = flops / FITTED_COMPUTE_MAX_FLOPS;
    warnings.push({
      code: "EXTRAPOLATED_SCALING_LAW",
      path: "training.tokens",
      message: `the predicted loss extrapolates the scaling law ${round(times)} times (${round(Math.log10(times))} decades) past the largest compute it was fitted on (${FITTED_COMPUTE_MAX_FLOPS.toExponential(1)} FLOP: 16B parameters, 500B tokens, Hoffmann et al. 2022); read it as a trend, not a forecast`,
    });
  }
  const needed = computed["hardware.minAcceleratorsForMemory"];
  if (
    needed !== undefined &&
    point.acceleratorCount !== undefined &&
    point.acceleratorCount < needed
  ) {
    warnings.push({
      code: "TRAINING_STATE_DOES_NOT_FIT",
      path: "training.acceleratorCount",
      message: `the training state needs at least ${round(needed)} accelerators' memory; the cluster has ${round(point.acceleratorCount)}`,
    });
  }
  const days = computed["time.wallClockDays"];
  if (days !== undefined && days > 365) {
    warnings.push({
      code: "TRAINING_OVER_A_YEAR",
      path: "training.acceleratorCount",
      message: `training takes ${round(days)} days (${round(days / 365)} years) on this cluster`,
    });
  }
  const mfu = context.inputs.mfu;
  if (mfu?.sources.includes("owner")) {
    const highest = typeof mfu.value === "number" ? mfu.value : mfu.value.high;
    if (highest > MAX_PUBLISHED_MFU) {
      warnings.push({
        code: "MFU_ABOVE_PUBLISHED",
        path: "training.mfu",
        message: `MFU ${highest} is above the highest published for a large run (${MAX_PUBLISHED_MFU}, Narayanan et al. 2021)`,
      });
    }
  }
  if (context.accelerator) {
    const column = peakFlopsPerSecond(context.accelerator, context.trainingPrecision)?.column;
    if (column && column !== context.trainingPrecision) {
      warnings.push({
        code: "PRECISION_NOT_NATIVE",
        path: "training.precision",
        message: `${context.accelerator.name} has no ${context.trainingPrecision} units; its ${column} peak is used`,
      });
    }
  }
  const { acceleratorHours, wallClockDays, acceleratorCount } = point;
  if (
    acceleratorHours !== undefined &&
    wallClockDays !== undefined &&
    acceleratorCount !== undefined
  ) {
    const implied = wallClockDays * 24 * acceleratorCount;
    if (Math.abs(implied - acceleratorHours) / acceleratorHours > 0.1) {
      warnings.push({
        code: "INCONSISTENT_INPUTS",
        path: "training.acceleratorHours",
        message: `acceleratorHours ${round(acceleratorHours)} differs from wallClockDays x 24 x acceleratorCount = ${round(implied)}; acceleratorHours is used`,
      });
    }
  }
  warnings.push(...dataWarnings(point, computed));
  warnings.push(...parameterMismatch(context));
  return warnings;
}

function parameterMismatch(context: EstimateContext): EstimateWarning[] {
  const given = context.inputs.parametersTotal;
  if (!context.count || given?.path !== "architecture.parameters") return [];
  const stated = typeof given.value === "number" ? given.value : given.value.likely;
  const counted = context.count.total;
  if (Math.abs(stated - counted) / counted <= PARAMETER_MISMATCH_TOLERANCE) return [];
  return [
    {
      code: "INCONSISTENT_INPUTS",
      path: "architecture.parameters",
      message: `architecture.parameters ${round(stated)} differs by ${round((Math.abs(stated - counted) / counted) * 100)}% from the ${round(counted)} the described transformer has; architecture.parameters is used`,
    },
  ];
}

function dataWarnings(point: Point, computed: Computed): EstimateWarning[] {
  const stock = point.publicTextStockTokens;
  if (stock === undefined) return [];
  const out: EstimateWarning[] = [];
  const tokens = computed["training.tokens"];
  // The effective stock already counts the repetition that costs little (Villalobos et al. 2024),
  // so going past it means repeating beyond that or adding synthetic data: one warning, not two.
  const stockText = `the effective stock of public human text (${round(stock / 1e12)}T tokens, already adjusted for quality and cheap repetition; Villalobos et al. 2024)`;
  if (tokens !== undefined && tokens > stock) {
    out.push({
      code: "DATA_STOCK_EXCEEDED",
      path: "training.tokens",
      message: `${round(tokens / 1e12)}T training tokens are ${round(tokens / stock)} times ${stockText}; the plan must repeat data further or add synthetic data, which is worth less than new text (Muennighoff et al. 2023)`,
    });
  }
  const optimal = computed["scaling.computeOptimalTokens"];
  if (optimal !== undefined && optimal > stock) {
    out.push({
      code: "COMPUTE_OPTIMAL_EXCEEDS_DATA_STOCK",
      path: "architecture",
      message: `training this model compute-optimally would need ${round(optimal / 1e12)}T tokens, ${round(optimal / stock)} times ${stockText}`,
    });
  }
  return out;
}
