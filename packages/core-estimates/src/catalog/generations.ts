import type { AcceleratorId } from "@forecard/schema";
import type { SourceId } from "../sources.js";

/** Accelerator generations: chips of one architecture share a utilisation anchor. */
export const GENERATION_IDS = [
  "volta",
  "ampere",
  "hopper",
  "blackwell",
  "tpu-v3",
  "tpu-v4",
  "tpu-v5",
  "cdna2",
  "cdna3",
] as const;

/** One accelerator generation. */
export type GenerationId = (typeof GENERATION_IDS)[number];

/** What is published about one generation's utilisation in large dense 16-bit training. */
export interface GenerationAnchor {
  name: string;
  /**
   * Model FLOPs utilisation of a large dense bf16/fp16 run on this generation as published
   * (model FLOPs only, recomputation not counted), or undefined when none is published.
   */
  publishedMfu?: number;
  source?: SourceId;
  /** The generation whose anchor stands in when this one has no published figure. */
  nearest?: GenerationId;
}

/** The generation of each catalog accelerator. */
export const GENERATION_OF: Record<AcceleratorId, GenerationId> = {
  "nvidia-v100": "volta",
  "nvidia-a100-40gb": "ampere",
  "nvidia-a100-80gb": "ampere",
  "nvidia-h100-sxm": "hopper",
  "nvidia-h100-pcie": "hopper",
  "nvidia-h800": "hopper",
  "nvidia-h200": "hopper",
  "nvidia-b200": "blackwell",
  "amd-mi250x": "cdna2",
  "amd-mi300x": "cdna3",
  "google-tpu-v3": "tpu-v3",
  "google-tpu-v4": "tpu-v4",
  "google-tpu-v5e": "tpu-v5",
  "google-tpu-v5p": "tpu-v5",
};

/**
 * Published MFU of large dense 16-bit runs per generation: the prior each generation's anchor
 * starts from before the calibration runs of that generation move it (utilisation-fit.ts).
 * Generations without a published figure borrow the nearest generation of the same vendor.
 */
export const GENERATION_ANCHORS: Record<GenerationId, GenerationAnchor> = {
  volta: { name: "NVIDIA Volta (V100)", publishedMfu: 0.213, source: "chowdhery2022" },
  ampere: { name: "NVIDIA Ampere (A100)", publishedMfu: 0.533, source: "mosaicFoundry2024" },
  hopper: { name: "NVIDIA Hopper (H100, H800, H200)", publishedMfu: 0.415, source: "nemotron2024" },
  blackwell: { name: "NVIDIA Blackwell (B200)", nearest: "hopper" },
  "tpu-v3": { name: "Google TPU v3", publishedMfu: 0.371, source: "patterson2021" },
  "tpu-v4": { name: "Google TPU v4", nearest: "tpu-v3" },
  "tpu-v5": { name: "Google TPU v5e/v5p", nearest: "tpu-v4" },
  cdna2: { name: "AMD CDNA 2 (MI250X)", publishedMfu: 0.361, source: "dash2023" },
  cdna3: { name: "AMD CDNA 3 (MI300X)", nearest: "cdna2" },
};
