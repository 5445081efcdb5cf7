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
  sources: ["fp8Speedups"],
  note: "fp8 over bf16 end to end: published speed-ups at scale are 1.1x to 1.6x (only matrix multiplies run at fp8 rate)",
};

/**
 * Utilisation of a mixture-of-experts model relative to a dense model of the same active size on
 * the same cluster: all-to-all communication, load imbalance and small expert matrices cost
 * throughput.
 */
export const MOE_UTILISATION: SourcedRange = {
  value: { low: 0.5, likely: 0.7, high: 0.9 },
  sources: ["moeThroughput"],
  note: "MoE utilisation relative to a dense model of the same active size, from same-cluster comparisons",
};
