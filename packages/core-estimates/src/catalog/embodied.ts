import type { AcceleratorId, Range } from "@forecard/schema";
import type { SourceId } from "../sources.js";

/**
 * Manufacturing (cradle-to-gate) footprint of one accelerator including its share of the server,
 * kgCO2e, for accelerators without a vendor product carbon footprint: low = BLOOM's per-GPU figure
 * (150 kg), likely = Chien et al.'s A100 with server share (318 kg), high = BLOOM's GPU plus an
 * eighth of its node (150 + 2500 / 8 = 462.5 kg).
 */
export const EMBODIED_KG_CO2E_PER_ACCELERATOR: Range = { low: 150, likely: 318, high: 462.5 };

/**
 * Vendor product carbon footprints, as embodied gCO2e per exaFLOP of dense FP16 capability of the
 * 8-GPU HGX board (NVIDIA 2025 PCF summaries: HGX H100 0.66, HGX B200 0.50). Only the board is
 * covered; the host server is added from BLOOM's node figures.
 */
export const VENDOR_EMBODIED_G_PER_EXAFLOP: Partial<Record<AcceleratorId, number>> = {
  "nvidia-h100-sxm": 0.66,
  "nvidia-b200": 0.5,
};

/** Host share per accelerator beyond the board: BLOOM's node (2,500 kg) less its 8 GPUs (8 x 150 kg), per GPU. */
export const HOST_SHARE_KG_PER_ACCELERATOR = (2500 - 8 * 150) / 8;

/**
 * Embodied footprint of one accelerator over our service life from a vendor's per-exaFLOP
 * intensity: intensity x dense FP16 peak x service hours x 3600 / 1e18 g, plus none, half or all of
 * the host share (low, likely, high). A run's share is then intensity x the FP16 FLOPs its hours
 * could deliver, whatever service life is assumed.
 * @returns kgCO2e, or undefined when the vendor publishes no footprint.
 */
export function vendorEmbodiedKg(
  id: AcceleratorId,
  fp16PeakFlopsPerSecond: number | undefined,
  serviceHours: number,
): Range | undefined {
  const intensity = VENDOR_EMBODIED_G_PER_EXAFLOP[id];
  if (intensity === undefined || !fp16PeakFlopsPerSecond) return undefined;
  const boardKg = (intensity * fp16PeakFlopsPerSecond * serviceHours * 3600) / 1e18 / 1000;
  const round = (x: number) => Number(x.toFixed(1));
  return {
    low: round(boardKg),
    likely: round(boardKg + HOST_SHARE_KG_PER_ACCELERATOR / 2),
    high: round(boardKg + HOST_SHARE_KG_PER_ACCELERATOR),
  };
}

/** Sources of the embodied range. */
export const EMBODIED_SOURCES: SourceId[] = ["luccioni2023", "chien2023"];

/** Years an accelerator serves before it is retired (LLMCarbon, Faiz et al. 2024). */
export const SERVICE_LIFE_YEARS = 5;

/** Share of its service life an accelerator is busy (Luccioni et al. 2023 for BLOOM's cluster). */
export const SERVICE_UTILISATION = 0.85;
