import { peakFlopsPerSecond } from "../catalog/accelerators.js";
import { SERVICE_LIFE_YEARS, SERVICE_UTILISATION } from "../catalog/embodied.js";
import { GENERATION_ANCHORS } from "../catalog/generations.js";
import { newColumn } from "../column-pool.js";
import type { EstimateContext } from "../inputs.js";
import type { SourceId } from "../sources.js";
import {
  mfuOfSize,
  modelledMfu,
  sizeTerm,
  type UtilisationContext,
} from "../utilisation-inputs.js";
import { columnsOf, product, quotient, sum, type Value } from "../values.js";
import { type FigureDefinition, perContext } from "./definition.js";

const HOURS_PER_YEAR = 8760;

/** Accelerator-hours the hardware is "used up" over its service life: life x 8760 h x utilisation. */
export const SERVICE_HOURS = SERVICE_LIFE_YEARS * HOURS_PER_YEAR * SERVICE_UTILISATION;

// Time is always measured against the dense bf16 peak; fp8's real gain is the precision factor.
const peak = perContext((context: EstimateContext) =>
  context.accelerator ? peakFlopsPerSecond(context.accelerator, "bf16")?.flopsPerSecond : undefined,
);

function sourcesOf(
  context: EstimateContext,
  ...keys: (keyof EstimateContext["inputs"])[]
): SourceId[] {
  return keys.flatMap((key) => context.inputs[key]?.sources ?? []);
}

/** modelledMfu sample by sample, in a loop of its own (see columnsOf). */
function mfuOver(
  u: UtilisationContext,
  parameters: Value,
  speedup: Value,
  moe: Value,
  residual: Value,
): Value {
  const columns = columnsOf([parameters, speedup, moe, residual]);
  if (!columns)
    return modelledMfu(
      u,
      parameters as number,
      speedup as number,
      moe as number,
      residual as number,
    );
  // A parameter count that does not vary (a fixed architecture) has one size term: its logarithm is
  // taken once rather than once per sample.
  if (typeof parameters === "number") {
    const [, s, m, r] = columns as [Float64Array, Float64Array, Float64Array, Float64Array];
    return mfuOverSamples(u, sizeTerm(u, parameters), s, m, r);
  }
  const [n, s, m, r] = columns as [Float64Array, Float64Array, Float64Array, Float64Array];
  const out = newColumn(n.length);
  for (let i = 0; i < out.length; i++)
    out[i] = modelledMfu(u, n[i] as number, s[i] as number, m[i] as number, r[i] as number);
  return out;
}

function mfuOverSamples(
  u: UtilisationContext,
  size: number,
  s: Float64Array,
  m: Float64Array,
  r: Float64Array,
): Float64Array {
  const out = newColumn(s.length);
  for (let i = 0; i < out.length; i++)
    out[i] = mfuOfSize(u, size, s[i] as number, m[i] as number, r[i] as number);
  return out;
}

/** Time, energy, carbon, water and cost of the training run. */
export const FOOTPRINT_FIGURES: FigureDefinition[] = [
  {
    key: "training.mfu",
    unit: "ratio",
    needs: "training.mfu, or training.accelerator and a parameter count",
    compute: (p, _f, c) => {
      if (p.mfu !== undefined) return p.mfu;
      const u = c.utilisation;
      if (!u || p.parametersActive === undefined) return undefined;
      // Matrix sizes follow the parameters each token computes with (shared layers at every depth).
      return mfuOver(
        u,
        p.parametersCompute ?? p.parametersActive,
        p.precisionSpeedup ?? 1,
        p.moeUtilisation ?? 1,
        p.utilisationLogResidual ?? 0,
      );
    },
    explain: (c) =>
      c.inputs.mfu
        ? { formula: "training.mfu", uses: ["mfu"], sources: ["owner"] }
        : {
            formula:
              "anchor(accelerator generation) x size factor x precision factor x MoE factor x exp(residual): model FLOPs utilisation of the dense bf16 peak",
            uses: [
              "parametersActive",
              "precisionSpeedup",
              "moeUtilisation",
              "utilisationLogResidual",
            ],
            sources: [
              "calibration",
              ...sourcesOf(c, "precisionSpeedup", "moeUtilisation"),
              ...(c.utilisation && GENERATION_ANCHORS[c.utilisation.generation].source
                ? [GENERATION_ANCHORS[c.utilisation.generation].source as SourceId]
                : []),
            ],
          },
  },
  {
    key: "time.acceleratorHours",
    unit: "h",
    needs:
      "training.acceleratorHours, or wallClockDays with acceleratorCount, or compute with training.accelerator",
    compute: (p, f, c) => {
      if (p.acceleratorHours !== undefined) return p.acceleratorHours;
      if (p.wallClockDays !== undefined && p.acceleratorCount !== undefined)
        return product(p.wallClockDays, 24, p.acceleratorCount);
      const flops = f["compute.trainingFlops"];
      const peakFlops = peak(c);
      const mfu = f["training.mfu"];
      if (flops === undefined || peakFlops === undefined || mfu === undefined) return undefined;
      return product(
        quotient(flops, product(peakFlops, mfu, 3600) as Value),
        p.overheadFactor ?? 1,
      );
    },
    explain: (c) => {
      if (c.inputs.acceleratorHours)
        return {
          formula: "training.acceleratorHours",
          uses: ["acceleratorHours"],
          sources: ["owner"],
        };
      if (c.inputs.wallClockDays && c.inputs.acceleratorCount) {
        return {
          formula: "wallClockDays x 24 x acceleratorCount",
          uses: ["wallClockDays", "acceleratorCount"],
          sources: ["owner"],
        };
      }
      const peak = c.accelerator ? peakFlopsPerSecond(c.accelerator, "bf16") : undefined;
      // The peak is a catalog constant, not an input: the formula states it so it can be redone.
      const peakText = peak
        ? `${peak.column} dense peak ${Number(peak.flopsPerSecond.toPrecision(4)).toExponential().replace("e+", "e")} FLOP/s`
        : "bf16 dense peak FLOP/s";
      return {
        formula: `compute.trainingFlops / (${peakText} x training.mfu x 3600) x overheadFactor`,
        uses: ["compute.trainingFlops", "training.mfu", "overheadFactor"],
        sources: [
          ...(c.accelerator ? [c.accelerator.source] : []),
          ...sourcesOf(c, "mfu", "overheadFactor"),
          ...(c.utilisation ? (["calibration"] as SourceId[]) : []),
        ],
      };
    },
  },
  {
    key: "time.wallClockDays",
    unit: "d",
    needs: "training.wallClockDays, or accelerator-hours with training.acceleratorCount",
    compute: (p, f) => {
      if (p.wallClockDays !== undefined) return p.wallClockDays;
      const hours = f["time.acceleratorHours"];
      return hours === undefined || p.acceleratorCount === undefined
        ? undefined
        : quotient(hours, product(p.acceleratorCount, 24) as Value);
    },
    explain: (c) =>
      c.inputs.wallClockDays
        ? { formula: "training.wallClockDays", uses: ["wallClockDays"], sources: ["owner"] }
        : {
            formula: "time.acceleratorHours / (acceleratorCount x 24)",
            uses: ["time.acceleratorHours", "acceleratorCount"],
            sources: [],
          },
  },
  {
    key: "energy.trainingMWh",
    unit: "MWh",
    needs: "accelerator-hours and a power draw (training.powerWatts or a catalog TDP)",
    compute: (p, f) => {
      // Watt-hours to MWh folded into the product: one pass over the samples, not two.
      return product(
        f["time.acceleratorHours"],
        p.powerWatts,
        p.serverOverheadFactor ?? 1,
        p.energyBoundaryFactor ?? 1,
        p.pue,
        1e-6,
      );
    },
    explain: (c) => ({
      formula: c.inputs.serverOverheadFactor
        ? "time.acceleratorHours x powerWatts x 1.82 (whole servers) x pue / 1e6"
        : c.inputs.energyBoundaryFactor
          ? "time.acceleratorHours x TDP x boundary factor (0.8-1.5) x pue / 1e6"
          : "time.acceleratorHours x powerWatts x pue / 1e6 (accounting boundary: accelerators, scaled by the facility's PUE)",
      uses: [
        "time.acceleratorHours",
        "powerWatts",
        ...(c.inputs.serverOverheadFactor ? ["serverOverheadFactor"] : []),
        ...(c.inputs.energyBoundaryFactor ? ["energyBoundaryFactor"] : []),
        "pue",
      ],
      sources: sourcesOf(c, "powerWatts", "serverOverheadFactor", "energyBoundaryFactor", "pue"),
    }),
  },
  {
    key: "carbon.trainingOperationalTCO2e",
    unit: "tCO2e",
    needs: "training energy",
    compute: (p, f) => product(f["energy.trainingMWh"], p.carbonIntensity),
    explain: (c) => ({
      formula: "energy.trainingMWh x carbonIntensity (kgCO2e/kWh), location-based",
      uses: ["energy.trainingMWh", "carbonIntensity"],
      sources: sourcesOf(c, "carbonIntensity"),
    }),
  },
  {
    key: "carbon.trainingMarketBasedTCO2e",
    unit: "tCO2e",
    needs: "training energy",
    compute: (p, f) =>
      product(
        f["carbon.trainingOperationalTCO2e"],
        sum(1, product(-1, p.carbonFreeEnergyShare ?? 0) as Value),
      ),
    explain: (c) => ({
      formula: "carbon.trainingOperationalTCO2e x (1 - carbonFreeEnergyShare), market-based",
      uses: ["carbon.trainingOperationalTCO2e", "carbonFreeEnergyShare"],
      sources: sourcesOf(c, "carbonFreeEnergyShare"),
    }),
  },
  {
    key: "carbon.embodiedTCO2e",
    unit: "tCO2e",
    needs: "accelerator-hours",
    compute: (p, f) => {
      // kg per service hour to tonnes, folded into the product (one pass over the samples).
      return product(
        f["time.acceleratorHours"],
        p.embodiedKgPerAccelerator,
        1 / (SERVICE_HOURS * 1000),
      );
    },
    explain: (c) => ({
      formula: `time.acceleratorHours x embodied kgCO2e per accelerator / (${SERVICE_HOURS} service hours = 5 y x 8760 h x 0.85) / 1000`,
      uses: ["time.acceleratorHours", "embodiedKgPerAccelerator"],
      sources: [...sourcesOf(c, "embodiedKgPerAccelerator"), "faiz2024"],
    }),
  },
  {
    key: "carbon.trainingTotalTCO2e",
    unit: "tCO2e",
    needs: "training energy",
    compute: (_p, f) => {
      const operational = f["carbon.trainingOperationalTCO2e"];
      return operational === undefined
        ? undefined
        : sum(operational, f["carbon.embodiedTCO2e"] ?? 0);
    },
    explain: () => ({
      formula: "carbon.trainingOperationalTCO2e + carbon.embodiedTCO2e",
      uses: ["carbon.trainingOperationalTCO2e", "carbon.embodiedTCO2e"],
      sources: [],
    }),
  },
  {
    key: "water.trainingKL",
    unit: "kL",
    needs: "training energy",
    compute: (p, f) => {
      const facilityMWh = f["energy.trainingMWh"];
      if (facilityMWh === undefined || p.pue === undefined || p.wue === undefined) return undefined;
      return sum(
        product(quotient(facilityMWh, p.pue), p.wue) as Value,
        product(facilityMWh, p.offsiteWaterLPerKWh ?? 0) as Value,
      );
    },
    explain: (c) => ({
      formula:
        "energy.trainingMWh / pue x wue (on-site) + energy.trainingMWh x off-site L/kWh (MWh x L/kWh = kL)",
      uses: ["energy.trainingMWh", "pue", "wue", "offsiteWaterLPerKWh"],
      sources: [...sourcesOf(c, "wue", "offsiteWaterLPerKWh"), "li2023water"],
    }),
  },
  {
    key: "cost.electricityUsd",
    unit: "USD",
    needs: "training energy and datacenter.electricityUsdPerKWh",
    compute: (p, f) => product(f["energy.trainingMWh"], 1000, p.electricityUsdPerKWh),
    explain: (c) => ({
      formula: "energy.trainingMWh x 1000 x electricityUsdPerKWh",
      uses: ["energy.trainingMWh", "electricityUsdPerKWh"],
      sources: sourcesOf(c, "electricityUsdPerKWh"),
    }),
  },
  {
    key: "cost.trainingRentalUsd",
    unit: "USD",
    needs: "accelerator-hours and a rental price (cost.acceleratorHourUsd or a catalog price)",
    compute: (p, f) => product(f["time.acceleratorHours"], p.acceleratorHourUsd),
    explain: (c) => ({
      formula: "time.acceleratorHours x acceleratorHourUsd (rental at list price)",
      uses: ["time.acceleratorHours", "acceleratorHourUsd"],
      sources: sourcesOf(c, "acceleratorHourUsd"),
    }),
  },
  {
    key: "cost.trainingOwnershipUsd",
    unit: "USD",
    needs: "accelerator-hours, cost.acceleratorPriceUsd and datacenter.electricityUsdPerKWh",
    compute: (p, f) => {
      const hardware = product(f["time.acceleratorHours"], p.acceleratorPriceUsd);
      const lifeHours = product(p.serviceLifeYears, HOURS_PER_YEAR, SERVICE_UTILISATION);
      const electricity = f["cost.electricityUsd"];
      if (hardware === undefined || lifeHours === undefined || electricity === undefined)
        return undefined;
      return sum(quotient(hardware, lifeHours), electricity);
    },
    explain: (c) => ({
      formula: `time.acceleratorHours x acceleratorPriceUsd / (serviceLifeYears x 8760 x ${SERVICE_UTILISATION}) + cost.electricityUsd (ownership: amortised hardware with its server share, plus facility electricity including PUE; building capital cost not included)`,
      uses: [
        "time.acceleratorHours",
        "acceleratorPriceUsd",
        "serviceLifeYears",
        "cost.electricityUsd",
      ],
      sources: [...sourcesOf(c, "acceleratorPriceUsd", "serviceLifeYears"), "luccioni2023"],
    }),
  },
  {
    key: "cost.trainingUsd",
    unit: "USD",
    needs:
      "accelerator-hours and a price: cost.acceleratorHourUsd (rental, or a catalog price), or cost.acceleratorPriceUsd with electricity (ownership)",
    compute: (_p, f, c) =>
      c.costModel === "rental" ? f["cost.trainingRentalUsd"] : f["cost.trainingOwnershipUsd"],
    explain: (c) => ({
      formula:
        c.costModel === "rental"
          ? "cost.trainingRentalUsd (basis: rental at list price; cost.model: ownership prices the run as owned hardware)"
          : "cost.trainingOwnershipUsd (basis: ownership, amortised hardware plus electricity)",
      uses: [c.costModel === "rental" ? "cost.trainingRentalUsd" : "cost.trainingOwnershipUsd"],
      sources: [],
    }),
  },
];
