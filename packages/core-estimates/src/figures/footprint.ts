import { peakFlopsPerSecond } from "../catalog/accelerators.js";
import { SERVICE_LIFE_YEARS, SERVICE_UTILISATION } from "../catalog/embodied.js";
import type { EstimateContext } from "../inputs.js";
import type { SourceId } from "../sources.js";
import { difference, product, quotient, sum, type Value } from "../values.js";
import { type FigureDefinition, perContext } from "./definition.js";

const HOURS_PER_YEAR = 8760;

/** Accelerator-hours the hardware is "used up" over its service life: life x 8760 h x utilisation. */
export const SERVICE_HOURS = SERVICE_LIFE_YEARS * HOURS_PER_YEAR * SERVICE_UTILISATION;

const peak = perContext((context: EstimateContext) =>
  context.accelerator
    ? peakFlopsPerSecond(context.accelerator, context.trainingPrecision)?.flopsPerSecond
    : undefined,
);

function sourcesOf(
  context: EstimateContext,
  ...keys: (keyof EstimateContext["inputs"])[]
): SourceId[] {
  return keys.flatMap((key) => context.inputs[key]?.sources ?? []);
}

/** Time, energy, carbon, water and cost of the training run. */
export const FOOTPRINT_FIGURES: FigureDefinition[] = [
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
      if (flops === undefined || peakFlops === undefined || p.mfu === undefined) return undefined;
      return product(
        quotient(flops, product(peakFlops, p.mfu, 3600) as Value),
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
      const column = c.accelerator
        ? peakFlopsPerSecond(c.accelerator, c.trainingPrecision)?.column
        : undefined;
      return {
        formula: `compute.trainingFlops / (${column ?? c.trainingPrecision} dense peak FLOP/s x mfu x 3600) x overheadFactor`,
        uses: ["compute.trainingFlops", "mfu", "overheadFactor"],
        sources: [
          ...(c.accelerator ? [c.accelerator.source] : []),
          ...sourcesOf(c, "mfu", "overheadFactor"),
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
      const kWh = product(
        f["time.acceleratorHours"],
        p.powerWatts,
        p.serverOverheadFactor ?? 1,
        p.pue,
      );
      return kWh === undefined ? undefined : quotient(kWh, 1e6);
    },
    explain: (c) => ({
      formula: c.inputs.serverOverheadFactor
        ? "time.acceleratorHours x powerWatts x 1.82 (whole servers) x pue / 1e6"
        : "time.acceleratorHours x powerWatts x pue / 1e6 (accounting boundary: accelerators, scaled by the facility's PUE)",
      uses: [
        "time.acceleratorHours",
        "powerWatts",
        ...(c.inputs.serverOverheadFactor ? ["serverOverheadFactor"] : []),
        "pue",
      ],
      sources: sourcesOf(c, "powerWatts", "serverOverheadFactor", "pue"),
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
      product(f["carbon.trainingOperationalTCO2e"], difference(1, p.carbonFreeEnergyShare ?? 0)),
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
      const share = product(f["time.acceleratorHours"], p.embodiedKgPerAccelerator);
      return share === undefined ? undefined : quotient(quotient(share, SERVICE_HOURS), 1000);
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
    key: "cost.trainingUsd",
    unit: "USD",
    needs:
      "accelerator-hours and a price: cost.acceleratorHourUsd (rental, or a catalog price), or cost.acceleratorPriceUsd with electricity (ownership)",
    compute: (p, f, c) => {
      const hours = f["time.acceleratorHours"];
      if (c.costModel === "rental") return product(hours, p.acceleratorHourUsd);
      const hardware = product(hours, p.acceleratorPriceUsd);
      const lifeHours = product(p.serviceLifeYears, HOURS_PER_YEAR, SERVICE_UTILISATION);
      const electricity = f["cost.electricityUsd"];
      if (hardware === undefined || lifeHours === undefined || electricity === undefined)
        return undefined;
      return sum(quotient(hardware, lifeHours), electricity);
    },
    explain: (c) =>
      c.costModel === "rental"
        ? {
            formula: "time.acceleratorHours x acceleratorHourUsd (rental)",
            uses: ["time.acceleratorHours", "acceleratorHourUsd"],
            sources: sourcesOf(c, "acceleratorHourUsd"),
          }
        : {
            formula: `time.acceleratorHours x acceleratorPriceUsd / (serviceLifeYears x 8760 x ${SERVICE_UTILISATION}) + cost.electricityUsd (ownership)`,
            uses: [
              "time.acceleratorHours",
              "acceleratorPriceUsd",
              "serviceLifeYears",
              "cost.electricityUsd",
            ],
            sources: [...sourcesOf(c, "acceleratorPriceUsd", "serviceLifeYears"), "luccioni2023"],
          },
  },
];
