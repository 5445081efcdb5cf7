import { peakFlopsPerSecond } from "./catalog/accelerators.js";
import { HARMLESS_EPOCHS } from "./catalog/data-stock.js";
import { CHINCHILLA_TOKENS_PER_PARAMETER, MAX_PUBLISHED_MFU } from "./catalog/training-defaults.js";
import type { Computed, Point } from "./figures/definition.js";
import type { EstimateContext } from "./inputs.js";
import type { EstimateWarning } from "./types.js";

/** Below this many tokens per parameter a model is far from compute-optimal (a quarter of Chinchilla's 20). */
export const UNDERTRAINED_TOKENS_PER_PARAMETER = CHINCHILLA_TOKENS_PER_PARAMETER / 4;

const round = (n: number) => Number(n.toPrecision(3)).toLocaleString("en-US");

/** Plausibility warnings, judged at the likely inputs. */
export function plausibilityWarnings(
  point: Point,
  computed: Computed,
  context: EstimateContext,
): EstimateWarning[] {
  const warnings: EstimateWarning[] = [];
  const ratio = computed["training.tokensPerParameter"];
  if (ratio !== undefined && ratio < UNDERTRAINED_TOKENS_PER_PARAMETER) {
    warnings.push({
      code: "UNDERTRAINED",
      path: "training.tokens",
      message: `${round(ratio)} tokens per active parameter, far below the compute-optimal ${CHINCHILLA_TOKENS_PER_PARAMETER} (Hoffmann et al. 2022)`,
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
  return warnings;
}

function dataWarnings(point: Point, computed: Computed): EstimateWarning[] {
  const stock = point.publicTextStockTokens;
  if (stock === undefined) return [];
  const out: EstimateWarning[] = [];
  const tokens = computed["training.tokens"];
  const stockText = `the estimated stock of public human text (${round(stock / 1e12)}T tokens, Villalobos et al. 2024)`;
  if (tokens !== undefined && tokens > HARMLESS_EPOCHS * stock) {
    out.push({
      code: "DATA_REPEATED_BEYOND_HARMLESS",
      path: "training.tokens",
      message: `${round(tokens / stock)} epochs over ${stockText}; beyond about ${HARMLESS_EPOCHS} epochs repeated data is worth much less than new data (Muennighoff et al. 2023)`,
    });
  } else if (tokens !== undefined && tokens > stock) {
    out.push({
      code: "DATA_STOCK_EXCEEDED",
      path: "training.tokens",
      message: `${round(tokens / 1e12)}T training tokens exceed ${stockText}; the plan must repeat data or use synthetic data`,
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
