import type { SourceId } from "../sources.js";

/** Bytes per stored parameter at each precision (EleutherAI 2023). */
export const BYTES_PER_PARAMETER: Record<string, number> = {
  fp32: 4,
  tf32: 4,
  fp16: 2,
  bf16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
};

/**
 * Optimizer bytes per parameter beyond weights and gradients. Mixed precision keeps an fp32 master
 * copy (4) plus fp32 states: Adam/AdamW m and v (8), SGD momentum and Lion one state (4), Adafactor
 * factored states (about 0). Pure fp32 training needs no master copy.
 * ZeRO (Rajbhandari et al. 2020): mixed-precision Adam totals 16 bytes per parameter.
 */
export function optimizerBytesPerParameter(optimizer: string, precision: string): number {
  const states: Record<string, number> = { adamw: 8, adam: 8, sgd: 4, lion: 4, adafactor: 0 };
  const master = precision === "fp32" || precision === "tf32" ? 0 : 4;
  return (states[optimizer] ?? 8) + master;
}

/** Gradient bytes per parameter: the training precision, but at least 2 (fp8 training keeps bf16 gradients). */
export function gradientBytesPerParameter(precision: string): number {
  return Math.max(2, BYTES_PER_PARAMETER[precision] ?? 2);
}

/** Sources behind the memory constants. */
export const MEMORY_SOURCES: SourceId[] = ["rajbhandari2020", "eleutherMath2023"];
