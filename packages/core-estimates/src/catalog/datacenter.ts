import type { SourceId } from "../sources.js";

/** A default value with the source it comes from. */
export interface SourcedValue {
  value: number;
  source: SourceId;
  /** Why this value, in a sentence (shown under assumptions). */
  note: string;
}

/**
 * Default PUE by cloud provider, as each provider states for its fleet, and for any other location
 * the PUE of US specialised AI datacenters (Shehabi et al. 2024), far below the industry average
 * (1.56, Uptime 2024).
 */
export const DEFAULT_PUE: Record<"aws" | "gcp" | "azure" | "other", SourcedValue> = {
  aws: { value: 1.15, source: "awsPue2024", note: "AWS global fleet PUE, 2023 and 2024 (1.15)" },
  gcp: { value: 1.1, source: "googlePue2024", note: "Google fleet average PUE (about 1.10)" },
  azure: {
    value: 1.185,
    source: "microsoftPue2022",
    note: "Microsoft fleet PUE (1.185; only its newest designs reach 1.125)",
  },
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

/**
 * Energy at accelerator TDP is a convention, not a measurement: accelerators average below TDP
 * (TPU v4: 170 W mean of a 192 W maximum, 0.89), while host CPUs, memory and network add to it
 * (whole DGX H100 servers at nameplate: x1.82). The range spans accelerators below TDP to servers
 * at a typical rather than nameplate draw; likely stays at the TDP convention most publishers use.
 */
export const ENERGY_BOUNDARY_FACTOR = {
  value: { low: 0.8, likely: 1, high: 1.5 },
  sources: ["googleTpuV4", "epochCluster2024", "luccioni2023"] as SourceId[],
  note: "accounting boundary uncertainty on accelerator-hours x TDP: 0.8x (accelerators below TDP) to 1.5x (share of host CPUs, memory and network)",
};

/**
 * Spread of the grid a run will meet around the catalog's latest annual average: grids keep
 * decarbonising between the data year and the run (Germany's fell 12% from 2022 to 2023 in Our
 * World in Data), and single years swing with hydro, wind and demand.
 */
export const GRID_INTENSITY_SPREAD: [number, number] = [0.85, 1.1];

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
