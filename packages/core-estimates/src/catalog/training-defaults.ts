import type { Range } from "@forecard/schema";
import type { SourceId } from "../sources.js";

/**
 * Default model FLOPs utilisation, calibrated on ten published runs (docs/validation.md). Their
 * effective utilisation 6·N·D / (accelerator-hours · peak) spans 0.156 (Llama 3 8B) to 0.514
 * (LLaMA-13B) with median 0.384. Times the default overhead factor (1.1) that gives MFU 0.17, 0.42
 * and 0.57; the high end is capped at the highest MFU published for a large run (0.52).
 */
export const DEFAULT_MFU: Range = { low: 0.17, likely: 0.42, high: 0.52 };

/** Default multiplier on accelerator-hours for restarts, failures and evaluation. */
export const DEFAULT_OVERHEAD_FACTOR = 1.1;

/**
 * Highest utilisation a published large run has reported: Megatron-LM's 1T-parameter GPT at
 * 163 TFLOP/s per A100, 52% of peak (Narayanan et al. 2021).
 */
export const MAX_PUBLISHED_MFU = 0.52;

/** Tokens per parameter of a compute-optimal run (Hoffmann et al. 2022). */
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

/** Default training sequence length when the transformer gives none, tokens. */
export const DEFAULT_CONTEXT_LENGTH = 2048;

/** Sources behind the training defaults. */
export const TRAINING_DEFAULT_SOURCES: Record<string, SourceId> = {
  mfu: "calibration",
  overhead: "calibration",
  tokensPerParameter: "hoffmann2022",
};
