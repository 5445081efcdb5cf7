import type { AcceleratorId } from "@forecard/schema";
import type { SourceId } from "../sources.js";

/** A dated rental price of one accelerator-hour. */
export interface AcceleratorPrice {
  usdPerHour: number;
  /** When the price was quoted (YYYY-MM). */
  asOf: string;
  source: SourceId;
}

/**
 * Rental prices per accelerator-hour, where a public price exists. Prices move fast; a proposal
 * should give its own `cost.acceleratorHourUsd`. Accelerators without a row get no cost figure.
 */
export const ACCELERATOR_PRICES: Partial<Record<AcceleratorId, AcceleratorPrice>> = {
  "nvidia-h100-sxm": { usdPerHour: 2.49, asOf: "2025-06", source: "lambda2025" },
  "nvidia-h200": { usdPerHour: 5.408, asOf: "2024-12", source: "awsCapacityBlocks2024" },
  "nvidia-a100-40gb": { usdPerHour: 1.844, asOf: "2024-12", source: "awsCapacityBlocks2024" },
  "amd-mi300x": { usdPerHour: 1.78, asOf: "2025-06", source: "mi300xPrices2025" },
};
