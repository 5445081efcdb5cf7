/**
 * Accelerator ids of the hardware catalog (listed with their specifications in docs/catalogs.md).
 * The specifications behind each id live in `@forecard/core-estimates`.
 */
export const ACCELERATOR_IDS = [
  "nvidia-v100",
  "nvidia-a100-40gb",
  "nvidia-a100-80gb",
  "nvidia-h100-sxm",
  "nvidia-h100-pcie",
  "nvidia-h800",
  "nvidia-h200",
  "nvidia-b200",
  "amd-mi250x",
  "amd-mi300x",
  "google-tpu-v3",
  "google-tpu-v4",
  "google-tpu-v5e",
  "google-tpu-v5p",
] as const;

/** One accelerator id of the catalog. */
export type AcceleratorId = (typeof ACCELERATOR_IDS)[number];

/** Numeric precisions a model may be trained in. */
export const TRAINING_PRECISIONS = ["fp32", "tf32", "fp16", "bf16", "fp8"] as const;

/** Numeric precisions a model may be served in, including integer quantisation. */
export const INFERENCE_PRECISIONS = ["fp32", "fp16", "bf16", "fp8", "int8", "int4"] as const;

/**
 * Shape of a datacenter location: an ISO 3166-1 alpha-2 country code (`US`, `SE`)
 * or a cloud region (`aws:us-east-1`, `gcp:europe-north1`, `azure:swedencentral`).
 */
export const LOCATION_PATTERN = /^(?:[A-Z]{2}|(?:aws|gcp|azure):[a-z0-9-]{2,40})$/;
