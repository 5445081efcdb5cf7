import type { SourceId } from "../sources.js";

/** A default value with the source it comes from. */
export interface SourcedValue {
  value: number;
  source: SourceId;
  /** Why this value, in a sentence (shown under assumptions). */
  note: string;
}

/**
 * Default PUE by cloud provider, and for any other location. Large AI datacenters run far below
 * the industry average (1.56, Uptime 2024), so the default follows Shehabi et al. (2024).
 */
export const DEFAULT_PUE: Record<"aws" | "gcp" | "azure" | "other", SourcedValue> = {
  aws: { value: 1.15, source: "shehabi2024", note: "AWS global fleet PUE 2023-2024 (1.15)" },
  gcp: { value: 1.1, source: "shehabi2024", note: "Google fleet average PUE (about 1.1)" },
  azure: { value: 1.12, source: "shehabi2024", note: "Microsoft newest datacenters PUE (1.12)" },
  other: {
    value: 1.14,
    source: "shehabi2024",
    note: "PUE of US specialised AI datacenters (1.14)",
  },
};

/**
 * Multiplier from accelerator power to whole-server IT power (CPUs, memory, network, fans).
 * The default boundary is the accelerators alone (1.0), as Meta, BigScience and Google report;
 * 1.82 is Epoch AI's DGX H100 ratio for a whole-server boundary.
 */
export const SERVER_OVERHEAD_FACTOR = {
  acceleratorsOnly: 1.0,
  wholeServer: { value: 1.82, source: "epochCluster2024" as SourceId },
};

/** On-site water usage effectiveness when none is given, L/kWh of IT energy (Shehabi et al. 2016). */
export const DEFAULT_WUE_L_PER_KWH: SourcedValue = {
  value: 1.8,
  source: "shehabi2016",
  note: "average on-site water consumption of US datacenters (1.8 L/kWh)",
};

/** Water consumed to generate one kWh off site, L/kWh (U.S. average, Li et al. 2023). */
export const OFFSITE_WATER_L_PER_KWH: SourcedValue = {
  value: 3.14,
  source: "li2023water",
  note: "U.S. average electricity water intensity factor (3.14 L/kWh); used everywhere for lack of per-country factors",
};
