import type { AcceleratorId } from "@forecard/schema";
import type { SourceId } from "../sources.js";

/** Specifications of one accelerator model. */
export interface Accelerator {
  id: AcceleratorId;
  name: string;
  /** Dense (no sparsity) peak TFLOP/s by precision; absent when the precision is unsupported. */
  peakDenseTflops: Partial<Record<"fp32" | "tf32" | "fp16" | "bf16" | "fp8" | "int8", number>>;
  /** Thermal design power in watts, or null when the vendor publishes none. */
  tdpWatts: number | null;
  /** Memory per accelerator in GB (1e9 bytes). */
  memoryGB: number;
  /** Memory bandwidth in GB/s. */
  memoryBandwidthGBps: number;
  /** Release year. */
  year: number;
  source: SourceId;
}

/**
 * The accelerator catalog (ids listed in docs/catalogs.md). Peaks are dense: NVIDIA's A100/H100/H200/B200
 * headline figures assume 2:4 sparsity and are halved here.
 */
export const ACCELERATORS: Record<AcceleratorId, Accelerator> = {
  "nvidia-v100": {
    id: "nvidia-v100",
    name: "NVIDIA V100 SXM2",
    peakDenseTflops: { fp32: 15.7, fp16: 125 },
    tdpWatts: 300,
    memoryGB: 32,
    memoryBandwidthGBps: 900,
    year: 2017,
    source: "nvidiaV100",
  },
  "nvidia-a100-40gb": {
    id: "nvidia-a100-40gb",
    name: "NVIDIA A100 SXM4 40GB",
    peakDenseTflops: { fp32: 19.5, tf32: 156, fp16: 312, bf16: 312, int8: 624 },
    tdpWatts: 400,
    memoryGB: 40,
    memoryBandwidthGBps: 1555,
    year: 2020,
    source: "nvidiaA100",
  },
  "nvidia-a100-80gb": {
    id: "nvidia-a100-80gb",
    name: "NVIDIA A100 SXM4 80GB",
    peakDenseTflops: { fp32: 19.5, tf32: 156, fp16: 312, bf16: 312, int8: 624 },
    tdpWatts: 400,
    memoryGB: 80,
    memoryBandwidthGBps: 2039,
    year: 2020,
    source: "nvidiaA100",
  },
  "nvidia-h100-sxm": {
    id: "nvidia-h100-sxm",
    name: "NVIDIA H100 SXM5 80GB",
    peakDenseTflops: {
      fp32: 66.9,
      tf32: 494.7,
      fp16: 989.4,
      bf16: 989.4,
      fp8: 1978.9,
      int8: 1978.9,
    },
    tdpWatts: 700,
    memoryGB: 80,
    memoryBandwidthGBps: 3350,
    year: 2022,
    source: "nvidiaH100",
  },
  "nvidia-h100-pcie": {
    id: "nvidia-h100-pcie",
    name: "NVIDIA H100 PCIe 80GB",
    peakDenseTflops: { fp32: 51.2, tf32: 378, fp16: 756.5, bf16: 756.5, fp8: 1513, int8: 1513 },
    tdpWatts: 350,
    memoryGB: 80,
    memoryBandwidthGBps: 2000,
    year: 2022,
    source: "nvidiaH100",
  },
  "nvidia-h800": {
    id: "nvidia-h800",
    name: "NVIDIA H800 SXM5 80GB",
    peakDenseTflops: {
      fp32: 66.9,
      tf32: 494.7,
      fp16: 989.4,
      bf16: 989.4,
      fp8: 1978.9,
      int8: 1978.9,
    },
    tdpWatts: 700,
    memoryGB: 80,
    memoryBandwidthGBps: 3350,
    year: 2023,
    source: "nvidiaH800",
  },
  "nvidia-h200": {
    id: "nvidia-h200",
    name: "NVIDIA H200 SXM 141GB",
    peakDenseTflops: {
      fp32: 66.9,
      tf32: 494.7,
      fp16: 989.4,
      bf16: 989.4,
      fp8: 1978.9,
      int8: 1978.9,
    },
    tdpWatts: 700,
    memoryGB: 141,
    memoryBandwidthGBps: 4800,
    year: 2024,
    source: "nvidiaH200",
  },
  "nvidia-b200": {
    id: "nvidia-b200",
    name: "NVIDIA B200 (HGX, 1000 W)",
    peakDenseTflops: { fp32: 80, tf32: 1100, fp16: 2250, bf16: 2250, fp8: 4500, int8: 4500 },
    tdpWatts: 1000,
    memoryGB: 180,
    memoryBandwidthGBps: 7700,
    year: 2024,
    source: "nvidiaB200",
  },
  "amd-mi250x": {
    id: "amd-mi250x",
    name: "AMD Instinct MI250X",
    peakDenseTflops: { fp32: 95.7, fp16: 383, bf16: 383, int8: 383 },
    tdpWatts: 560,
    memoryGB: 128,
    memoryBandwidthGBps: 3277,
    year: 2021,
    source: "amdMi250x",
  },
  "amd-mi300x": {
    id: "amd-mi300x",
    name: "AMD Instinct MI300X",
    peakDenseTflops: {
      fp32: 163.4,
      tf32: 653.7,
      fp16: 1307.4,
      bf16: 1307.4,
      fp8: 2614.9,
      int8: 2614.9,
    },
    tdpWatts: 750,
    memoryGB: 192,
    memoryBandwidthGBps: 5300,
    year: 2023,
    source: "amdMi300x",
  },
  "google-tpu-v3": {
    id: "google-tpu-v3",
    name: "Google TPU v3 (per chip)",
    peakDenseTflops: { bf16: 123 },
    tdpWatts: 283,
    memoryGB: 32,
    memoryBandwidthGBps: 900,
    year: 2018,
    source: "googleTpuV3",
  },
  "google-tpu-v4": {
    id: "google-tpu-v4",
    name: "Google TPU v4 (per chip)",
    peakDenseTflops: { bf16: 275, int8: 275 },
    // Google's measured maximum; the measured mean (170 W) suits average-power overrides.
    tdpWatts: 192,
    memoryGB: 32,
    memoryBandwidthGBps: 1200,
    year: 2021,
    source: "googleTpuV4",
  },
  "google-tpu-v5e": {
    id: "google-tpu-v5e",
    name: "Google TPU v5e (per chip)",
    peakDenseTflops: { bf16: 197, int8: 393 },
    tdpWatts: null,
    memoryGB: 16,
    memoryBandwidthGBps: 819,
    year: 2023,
    source: "googleTpuV5e",
  },
  "google-tpu-v5p": {
    id: "google-tpu-v5p",
    name: "Google TPU v5p (per chip)",
    peakDenseTflops: { bf16: 459, int8: 918 },
    tdpWatts: null,
    memoryGB: 95,
    memoryBandwidthGBps: 2765,
    year: 2023,
    source: "googleTpuV5p",
  },
};

/** Precisions as named in proposals, mapped to the datasheet column that gives their peak. */
type PeakColumn = keyof Accelerator["peakDenseTflops"];

/**
 * The dense peak of an accelerator at a precision, in FLOP/s, falling back to the nearest wider
 * precision it supports (fp8 on an A100 runs at bf16 speed; int4 at int8 speed).
 * @returns the peak and the column used, or undefined when no fallback exists.
 */
export function peakFlopsPerSecond(
  accelerator: Accelerator,
  precision: string,
): { flopsPerSecond: number; column: PeakColumn } | undefined {
  const chains: Record<string, PeakColumn[]> = {
    fp32: ["fp32"],
    tf32: ["tf32", "fp32"],
    fp16: ["fp16", "bf16", "fp32"],
    bf16: ["bf16", "fp16", "fp32"],
    fp8: ["fp8", "bf16", "fp16", "fp32"],
    int8: ["int8", "fp8", "bf16", "fp16"],
    int4: ["int8", "fp8", "bf16", "fp16"],
  };
  for (const column of chains[precision] ?? []) {
    const tflops = accelerator.peakDenseTflops[column];
    if (tflops) return { flopsPerSecond: tflops * 1e12, column };
  }
  return undefined;
}
