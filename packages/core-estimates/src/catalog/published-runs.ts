import type { AcceleratorId } from "@forecard/schema";
import { HOURS_ONLY_RUNS } from "./published-hours.js";

/** A published training run, with the inputs its authors reported and the figures they published. */
export interface PublishedRun {
  name: string;
  year: number;
  /** Where the numbers come from. */
  source: string;
  /** How the publisher counted, and anything that makes the comparison less than like-for-like. */
  note?: string;
  parameters: number;
  /** Parameters each token passes through, for mixtures of experts; the total otherwise. */
  activeParameters?: number;
  tokens?: number;
  /** Published training compute, FLOP, for runs that give it instead of tokens. */
  flops?: number;
  /** For an MoE run: the dense run its publisher trained on the same cluster. */
  denseReference?: string;
  /** Training precision as published; bf16 (or fp16 on chips without bf16) when not stated. */
  precision?: "bf16" | "fp8";
  accelerator: AcceleratorId;
  acceleratorCount?: number;
  /** Inputs of the accounting tier, as published (or derived from published figures, as noted). */
  accounting?: { acceleratorHours: number; powerWatts: number; pue: number; kgCO2ePerKWh: number };
  /** ISO country of the datacenter, for the forecast tier's grid default, when published. */
  location?: string;
  published: { acceleratorHours?: number; energyMWh?: number; tCO2e?: number };
}

const PATTERSON =
  "Patterson et al. (2021), Carbon Emissions and Large Neural Network Training, arXiv:2104.10350, Tables 3-4";
const LLAMA1 = "Touvron et al. (2023), LLaMA, arXiv:2302.13971, Table 15";
const LLAMA2 = "Touvron et al. (2023), Llama 2, arXiv:2307.09288, Sec. 2.2.1 and Table 2";
const LLAMA2_NOTE =
  "PUE 1.1 and 0.385 kg/kWh are derived (Meta's figures imply their product, 0.4235), not stated";

/**
 * Published runs the backtest replays and the utilisation model is calibrated on. Figures copied
 * from the cited papers. The estimator reads only the fit over them (utilisation-fit.ts), never a
 * run by name.
 */
export const PUBLISHED_RUNS: PublishedRun[] = [
  {
    name: "GPT-3 175B",
    year: 2020,
    source: PATTERSON,
    note: "10,000 V100s for 14.8 days is NVIDIA's estimate used by Patterson et al.; 330 W is measured system power per GPU",
    parameters: 175e9,
    tokens: 300e9,
    accelerator: "nvidia-v100",
    acceleratorCount: 10_000,
    accounting: {
      acceleratorHours: 10_000 * 14.8 * 24,
      powerWatts: 330,
      pue: 1.1,
      kgCO2ePerKWh: 0.429,
    },
    location: "US",
    published: { acceleratorHours: 10_000 * 14.8 * 24, energyMWh: 1287, tCO2e: 552.1 },
  },
  {
    name: "T5-11B",
    year: 2019,
    source: PATTERSON,
    parameters: 11e9,
    flops: 4.05e22,
    accelerator: "google-tpu-v3",
    acceleratorCount: 512,
    accounting: {
      acceleratorHours: 512 * 20 * 24,
      powerWatts: 310,
      pue: 1.12,
      kgCO2ePerKWh: 0.545,
    },
    location: "TW",
    published: { acceleratorHours: 512 * 20 * 24, energyMWh: 85.7, tCO2e: 46.7 },
  },
  {
    name: "Meena 2.6B",
    year: 2020,
    source: PATTERSON,
    parameters: 2.6e9,
    flops: 1.12e23,
    accelerator: "google-tpu-v3",
    acceleratorCount: 1024,
    accounting: {
      acceleratorHours: 1024 * 30 * 24,
      powerWatts: 289,
      pue: 1.09,
      kgCO2ePerKWh: 0.415,
    },
    location: "US",
    published: { acceleratorHours: 1024 * 30 * 24, energyMWh: 232, tCO2e: 96.4 },
  },
  {
    name: "BLOOM-176B",
    year: 2022,
    source:
      "Luccioni, Viguier, Ligozat (2023), Estimating the Carbon Footprint of BLOOM, JMLR 24(253), Tables 1 and 3",
    note: "the published 433 MWh and 24.69 t are dynamic GPU energy without PUE, so PUE 1.0 is used to compare like with like",
    parameters: 176.247e9,
    tokens: 366e9,
    accelerator: "nvidia-a100-80gb",
    acceleratorCount: 384,
    accounting: { acceleratorHours: 1_082_990, powerWatts: 400, pue: 1.0, kgCO2ePerKWh: 0.057 },
    location: "FR",
    published: { acceleratorHours: 1_082_990, energyMWh: 433.196, tCO2e: 24.69 },
  },
  ...(
    [
      ["LLaMA-7B", 6.7e9, 1e12, 82_432, 36, 14],
      ["LLaMA-13B", 13e9, 1e12, 135_168, 59, 23],
      ["LLaMA-65B", 65.2e9, 1.4e12, 1_022_362, 449, 173],
    ] as const
  ).map(
    ([name, parameters, tokens, hours, energyMWh, tCO2e]): PublishedRun => ({
      name,
      year: 2023,
      source: LLAMA1,
      note: "Meta uses the US-average grid (0.385 kg/kWh) and PUE 1.1, stated in the paper",
      parameters,
      tokens,
      accelerator: "nvidia-a100-80gb",
      accounting: { acceleratorHours: hours, powerWatts: 400, pue: 1.1, kgCO2ePerKWh: 0.385 },
      location: "US",
      published: { acceleratorHours: hours, energyMWh, tCO2e },
    }),
  ),
  ...(
    [
      ["Llama 2 7B", 6_738_417_664, 184_320, 31.22],
      ["Llama 2 13B", 13_015_866_880, 368_640, 62.44],
      ["Llama 2 70B", 68_976_653_312, 1_720_320, 291.42],
    ] as const
  ).map(
    ([name, parameters, hours, tCO2e]): PublishedRun => ({
      name,
      year: 2023,
      source: LLAMA2,
      note: LLAMA2_NOTE,
      parameters,
      tokens: 2e12,
      accelerator: "nvidia-a100-80gb",
      accounting: { acceleratorHours: hours, powerWatts: 400, pue: 1.1, kgCO2ePerKWh: 0.385 },
      location: "US",
      published: { acceleratorHours: hours, tCO2e },
    }),
  ),
  ...(
    [
      ["Llama 3 8B", 8_030_261_248, 1_300_000, 390],
      ["Llama 3 70B", 70_553_706_496, 6_400_000, 1900],
    ] as const
  ).map(
    ([name, parameters, hours, tCO2e]): PublishedRun => ({
      name,
      year: 2024,
      source: "Meta (2024), Llama 3 model card (meta-llama/llama3 MODEL_CARD.md)",
      note: "PUE and grid intensity not published, so no accounting case; location-based tCO2e as published",
      parameters,
      tokens: 15e12,
      accelerator: "nvidia-h100-sxm",
      location: "US",
      published: { acceleratorHours: hours, tCO2e },
    }),
  ),
  ...HOURS_ONLY_RUNS,
];
