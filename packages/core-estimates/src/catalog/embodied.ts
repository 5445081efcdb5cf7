import type { Range } from "@forecard/schema";
import type { SourceId } from "../sources.js";

/**
 * Manufacturing (cradle-to-gate) footprint of one accelerator including its share of the server,
 * kgCO2e. No vendor publishes a product carbon footprint per accelerator, so every accelerator uses
 * the same range: low = BLOOM's per-GPU figure (150 kg), likely = Chien et al.'s A100 with server
 * share (318 kg), high = BLOOM's GPU plus an eighth of its node (150 + 2500 / 8 = 462.5 kg).
 */
export const EMBODIED_KG_CO2E_PER_ACCELERATOR: Range = { low: 150, likely: 318, high: 462.5 };

/** Sources of the embodied range. */
export const EMBODIED_SOURCES: SourceId[] = ["luccioni2023", "chien2023"];

/** Years an accelerator serves before it is retired (LLMCarbon, Faiz et al. 2024). */
export const SERVICE_LIFE_YEARS = 5;

/** Share of its service life an accelerator is busy (Luccioni et al. 2023 for BLOOM's cluster). */
export const SERVICE_UTILISATION = 0.85;
