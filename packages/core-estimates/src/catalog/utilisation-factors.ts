import type { Range } from "@forecard/schema";
import type { SourceId } from "../sources.js";

/** A ranged multiplier with the sources it rests on. */
export interface SourcedRange {
  value: Range;
  sources: SourceId[];
  /** Why this range, in a sentence (shown under assumptions). */
  note: string;
}

/**
 * End-to-end training speed-up of fp8 over bf16 on the same cluster, applied to the dense bf16
 * peak. Only the GEMMs run at the fp8 rate; attention, communication, optimizer steps and
 * quantisation overheads do not, so published whole-model speed-ups at scale are far below the
 * 2x of the datasheets.
 */
export const FP8_SPEEDUP: SourcedRange = {
  value: { low: 1.1, likely: 1.3, high: 1.6 },
  sources: ["mosaicFoundry2024", "peng2023fp8", "xi2024coat"],
  note: "fp8 over bf16 end to end, 1.1x to 1.6x: 1.10-1.35x measured by MosaicML (long sequences gain least), 1.43x for COAT, FP8-LM 1.75x over Megatron bf16 but 1.37x over Transformer Engine fp8 (so about 1.28x for Transformer Engine itself)",
};

/**
 * Utilisation of a mixture-of-experts model relative to a dense model on the same cluster, as
 * published (all-to-all communication, load imbalance and small expert matrices cost throughput).
 * The utilisation fit refines it into the factor at equal active size from the same pairs; this
 * raw range stands in only when no pair is available.
 */
export const MOE_UTILISATION: SourcedRange = {
  value: { low: 0.4, likely: 0.55, high: 0.7 },
  sources: ["deepseekV2", "granite3"],
  note: "MoE utilisation relative to dense on the same cluster, 0.4x to 0.7x: DeepSeek-V2 ran at 0.55x the MFU of DeepSeek 67B on the same H800s; Granite 3.0's MoEs at 0.36-0.38x its dense 2B on the same H100s (about 0.45x at equal active size)",
};
