import {
  type AcceleratorId,
  likely,
  type Proposal,
  type Quantity,
  suggest,
} from "@forecard/schema";
import { ACCELERATORS, type Accelerator, peakFlopsPerSecond } from "./catalog/accelerators.js";
import { PUBLIC_TEXT_STOCK_TOKENS } from "./catalog/data-stock.js";
import {
  DEFAULT_PUE,
  DEFAULT_WUE_L_PER_KWH,
  ENERGY_BOUNDARY_FACTOR,
  GRID_INTENSITY_SPREAD,
  OFFSITE_WATER_L_PER_KWH,
  SERVER_OVERHEAD_FACTOR,
} from "./catalog/datacenter.js";
import {
  EMBODIED_KG_CO2E_PER_ACCELERATOR,
  EMBODIED_SOURCES,
  SERVICE_LIFE_YEARS,
  SERVICE_UTILISATION,
  VENDOR_EMBODIED_G_PER_EXAFLOP,
  vendorEmbodiedKg,
} from "./catalog/embodied.js";
import { gridIntensity, LOCATION_IDS, WORLD_GRID_INTENSITY } from "./catalog/grid-intensity.js";
import { ACCELERATOR_PRICES } from "./catalog/prices.js";
import { INFERENCE_BATCH, INFERENCE_EFFICIENCY } from "./figures/inference.js";
import { countParameters, type ParameterCount, type Transformer } from "./parameters.js";
import { BESIROGLU_2024, DEFAULT_SCALING_LAW, HOFFMANN_2022, type LossLaw } from "./scaling-law.js";
import type { SourceId } from "./sources.js";
import type { Assumption, EstimateWarning } from "./types.js";
import { DEFAULT_UTILISATION_MODEL, type UtilisationModel } from "./utilisation-fit.js";
import { resolveUtilisation, type UtilisationContext } from "./utilisation-inputs.js";

/** Inputs that may be ranges and so are sampled in the Monte Carlo. */
export const INPUT_KEYS = [
  "parametersTotal",
  "parametersActive",
  "parametersCompute",
  "tokens",
  "flops",
  "acceleratorCount",
  "mfu",
  "precisionSpeedup",
  "moeUtilisation",
  "utilisationLogResidual",
  "acceleratorHours",
  "wallClockDays",
  "powerWatts",
  "energyBoundaryFactor",
  "serverOverheadFactor",
  "overheadFactor",
  "pue",
  "carbonIntensity",
  "carbonFreeEnergyShare",
  "wue",
  "offsiteWaterLPerKWh",
  "acceleratorHourUsd",
  "acceleratorPriceUsd",
  "serviceLifeYears",
  "electricityUsdPerKWh",
  "embodiedKgPerAccelerator",
  "tokensPerDay",
  "inferenceYears",
  "inferencePowerWatts",
  "inferenceHourUsd",
  "inferenceBatch",
  "inferenceEfficiency",
  "publicTextStockTokens",
  "lossFitBlend",
  "lossExtrapolationUnit",
] as const;

/** Name of one sampled input. */
export type InputKey = (typeof INPUT_KEYS)[number];

/** One input as used: its value, the proposal path it came from, and its source when defaulted. */
export interface ResolvedInput {
  value: Quantity;
  /** Proposal path it fills, e.g. `training.mfu`. */
  path: string;
  /** Where the value comes from: `owner` for the proposal itself. */
  sources: SourceId[];
}

/** Everything the estimators need that is fixed for a proposal (not sampled). */
export interface EstimateContext {
  inputs: Partial<Record<InputKey, ResolvedInput>>;
  transformer?: Transformer;
  count?: ParameterCount;
  accelerator?: Accelerator;
  /** Constants of the utilisation model, when hours are derived from compute without an MFU. */
  utilisation?: UtilisationContext;
  inferenceAccelerator?: Accelerator;
  trainingPrecision: string;
  inferencePrecision: string;
  optimizer: string;
  computeOptimalTokens: boolean;
  costModel: "rental" | "ownership";
  /** Constants of the loss law, and its name for citations. */
  law: LossLaw;
  /** The other published fit, whose distance sets part of the loss range. */
  otherLaw: LossLaw;
  scalingLaw: "hoffmann2022" | "besiroglu2024";
  assumptions: Assumption[];
  warnings: EstimateWarning[];
}

function providerOf(location: string | undefined): "aws" | "gcp" | "azure" | "other" {
  const prefix = location?.split(":")[0];
  return prefix === "aws" || prefix === "gcp" || prefix === "azure" ? prefix : "other";
}

const UTILISATION_PATHS = {
  overheadFactor: "training.overheadFactor",
  precisionSpeedup: "training.mfu.precision",
  moeUtilisation: "training.mfu.moe",
  utilisationLogResidual: "training.mfu.residual",
} as const;

/** Options of {@link resolveInputs}. */
export interface ResolveOptions {
  /** Loss law; overrides the proposal's `training.scalingLaw`. */
  scalingLaw?: "hoffmann2022" | "besiroglu2024";
  /** Utilisation model to forecast hours with; the backtest passes leave-one-out fits. */
  utilisationModel?: UtilisationModel;
}

/**
 * Gathers a proposal's inputs, filling defaults from the catalogs and recording each default as an
 * assumption with its source. Pure: reads only the proposal and the bundled catalogs.
 */
export function resolveInputs(proposal: Proposal, options: ResolveOptions = {}): EstimateContext {
  const inputs: EstimateContext["inputs"] = {};
  const assumptions: Assumption[] = [];
  const warnings: EstimateWarning[] = [];
  const own = (key: InputKey, value: Quantity | undefined, path: string) => {
    if (value !== undefined) inputs[key] = { value, path, sources: ["owner"] };
  };
  const assume = (
    key: InputKey | undefined,
    path: string,
    value: Quantity,
    sources: SourceId[],
    note: string,
  ) => {
    if (key) inputs[key] = { value, path, sources };
    assumptions.push({ path, value, sources, note });
  };

  const architecture = proposal.architecture ?? {};
  const transformer = architecture.transformer;
  const count = transformer ? countParameters(transformer) : undefined;
  own("parametersTotal", architecture.parameters, "architecture.parameters");
  if (!inputs.parametersTotal && count) {
    inputs.parametersTotal = {
      value: count.total,
      path: "architecture.transformer",
      sources: ["narayanan2021"],
    };
  }
  own("parametersActive", architecture.activeParameters, "architecture.activeParameters");
  if (!inputs.parametersActive && count && transformer?.moe) {
    inputs.parametersActive = {
      value: count.active,
      path: "architecture.transformer.moe",
      sources: ["narayanan2021"],
    };
  }
  if (!inputs.parametersActive && inputs.parametersTotal) {
    inputs.parametersActive = { ...inputs.parametersTotal };
  }
  if (count && transformer?.distinctLayers !== undefined && inputs.parametersActive) {
    // Shared layers are stored once but computed at every depth: compute scales by the ratio.
    const ratio = count.computeActive / count.active;
    const value = inputs.parametersActive.value;
    inputs.parametersCompute = {
      value:
        typeof value === "number"
          ? value * ratio
          : { low: value.low * ratio, likely: value.likely * ratio, high: value.high * ratio },
      path: "architecture.transformer.distinctLayers",
      sources: ["narayanan2021"],
    };
  }

  const training = proposal.training ?? {};
  const scalingLaw = options.scalingLaw ?? training.scalingLaw ?? DEFAULT_SCALING_LAW;
  if (!options.scalingLaw && !training.scalingLaw)
    assumptions.push({
      path: "training.scalingLaw",
      value: DEFAULT_SCALING_LAW,
      sources: ["besiroglu2024"],
      note: "the corrected Chinchilla fit: its allocation agrees with Hoffmann et al.'s own approaches 1 and 2, which the published fit does not",
    });
  const computeOptimalTokens = training.tokens === "compute-optimal";
  if (training.tokens !== undefined && training.tokens !== "compute-optimal") {
    own("tokens", training.tokens, "training.tokens");
  }
  own("flops", training.flops, "training.flops");
  own("acceleratorCount", training.acceleratorCount, "training.acceleratorCount");
  own("acceleratorHours", training.acceleratorHours, "training.acceleratorHours");
  own("wallClockDays", training.wallClockDays, "training.wallClockDays");

  const trainingPrecision = training.precision ?? "bf16";
  if (!training.precision)
    assumptions.push({
      path: "training.precision",
      value: "bf16",
      sources: [],
      note: "bf16 mixed precision, the common choice for large models",
    });
  const optimizer = training.optimizer ?? "adamw";
  if (!training.optimizer)
    assumptions.push({
      path: "training.optimizer",
      value: "adamw",
      sources: [],
      note: "AdamW, the common choice for large models",
    });

  const accelerator = training.accelerator ? ACCELERATORS[training.accelerator] : undefined;
  const derivesHours =
    !inputs.acceleratorHours && !(inputs.wallClockDays && inputs.acceleratorCount);
  if (training.mfu !== undefined) own("mfu", training.mfu, "training.mfu");
  if (training.overheadFactor !== undefined)
    own("overheadFactor", training.overheadFactor, "training.overheadFactor");
  let utilisation: UtilisationContext | undefined;
  if (derivesHours) {
    const resolved = resolveUtilisation({
      model: options.utilisationModel ?? DEFAULT_UTILISATION_MODEL,
      accelerator,
      precision: trainingPrecision,
      activeParameters: (inputs.parametersCompute ?? inputs.parametersActive)?.value,
      moe:
        inputs.parametersActive !== undefined &&
        inputs.parametersTotal !== undefined &&
        likely(inputs.parametersActive.value) < likely(inputs.parametersTotal.value),
      acceleratorCount: inputs.acceleratorCount?.value,
      ownMfu: training.mfu !== undefined,
      ownOverhead: training.overheadFactor !== undefined,
    });
    utilisation = resolved.context;
    for (const input of resolved.inputs) {
      inputs[input.key] = {
        value: input.value,
        path: UTILISATION_PATHS[input.key],
        sources: input.sources,
      };
    }
    assumptions.push(...resolved.assumptions);
  }

  if (training.powerWatts !== undefined)
    own("powerWatts", training.powerWatts, "training.powerWatts");
  else if (accelerator?.tdpWatts) {
    assume(
      "powerWatts",
      "training.powerWatts",
      accelerator.tdpWatts,
      [accelerator.source],
      `${accelerator.name} at its TDP (${accelerator.tdpWatts} W): an upper bound on average draw`,
    );
  } else if (accelerator) {
    assumptions.push({
      path: "training.powerWatts",
      value: null,
      sources: [accelerator.source],
      note: `${accelerator.name} has no published power; give training.powerWatts for energy figures`,
    });
  }

  const datacenter = proposal.datacenter ?? {};
  if (datacenter.accountingBoundary === "servers") {
    assume(
      "serverOverheadFactor",
      "datacenter.accountingBoundary",
      SERVER_OVERHEAD_FACTOR.wholeServer.value,
      [SERVER_OVERHEAD_FACTOR.wholeServer.source],
      "whole servers: accelerator power x 1.82 for CPUs, memory, network and fans",
    );
  } else if (training.powerWatts === undefined && inputs.powerWatts) {
    assume(
      "energyBoundaryFactor",
      "datacenter.energyBoundary",
      ENERGY_BOUNDARY_FACTOR.value,
      ENERGY_BOUNDARY_FACTOR.sources,
      ENERGY_BOUNDARY_FACTOR.note,
    );
  }
  const location = datacenter.location;
  const provider = providerOf(location);
  if (datacenter.pue !== undefined) own("pue", datacenter.pue, "datacenter.pue");
  else
    assume(
      "pue",
      "datacenter.pue",
      DEFAULT_PUE[provider].value,
      [DEFAULT_PUE[provider].source],
      DEFAULT_PUE[provider].note,
    );

  if (datacenter.carbonIntensity !== undefined)
    own("carbonIntensity", datacenter.carbonIntensity, "datacenter.carbonIntensity");
  else {
    const grid = location ? gridIntensity(location) : undefined;
    if (location && !grid) {
      const nearest = suggest(location, LOCATION_IDS);
      warnings.push({
        code: "UNKNOWN_LOCATION",
        path: "datacenter.location",
        message: `location ${location} is not in the grid catalog${nearest ? ` (did you mean ${nearest}?)` : ""}; the world average is used`,
      });
    }
    const row = grid ?? WORLD_GRID_INTENSITY;
    const kg = row.gCO2ePerKWh / 1000;
    const [low, high] = GRID_INTENSITY_SPREAD;
    assume(
      "carbonIntensity",
      "datacenter.carbonIntensity",
      { low: kg * low, likely: kg, high: kg * high },
      [row.source],
      `${row.name} grid, ${row.gCO2ePerKWh} gCO2e/kWh (${row.year} annual average); ${low}x to ${high}x for the grid the run will actually meet (projected decline, year-to-year swings)`,
    );
  }
  if (datacenter.carbonFreeEnergyShare !== undefined)
    own(
      "carbonFreeEnergyShare",
      datacenter.carbonFreeEnergyShare,
      "datacenter.carbonFreeEnergyShare",
    );
  else
    assume(
      "carbonFreeEnergyShare",
      "datacenter.carbonFreeEnergyShare",
      0,
      [],
      "no carbon-free energy contracts: market-based equals location-based",
    );
  if (datacenter.wue !== undefined) own("wue", datacenter.wue, "datacenter.wue");
  else
    assume(
      "wue",
      "datacenter.wue",
      DEFAULT_WUE_L_PER_KWH.value,
      [DEFAULT_WUE_L_PER_KWH.source],
      DEFAULT_WUE_L_PER_KWH.note,
    );
  assume(
    "offsiteWaterLPerKWh",
    "datacenter.offsiteWaterLPerKWh",
    OFFSITE_WATER_L_PER_KWH.value,
    [OFFSITE_WATER_L_PER_KWH.source],
    OFFSITE_WATER_L_PER_KWH.note,
  );
  const vendorEmbodied = accelerator
    ? vendorEmbodiedKg(
        accelerator.id,
        peakFlopsPerSecond(accelerator, "fp16")?.flopsPerSecond,
        SERVICE_LIFE_YEARS * 8760 * SERVICE_UTILISATION,
      )
    : undefined;
  if (vendorEmbodied)
    assume(
      "embodiedKgPerAccelerator",
      "hardware.embodiedKgCO2e",
      vendorEmbodied,
      ["nvidiaPcf2025", "luccioni2023"],
      `${accelerator?.name}: NVIDIA's HGX product carbon footprint (${VENDOR_EMBODIED_G_PER_EXAFLOP[accelerator?.id as AcceleratorId]} gCO2e per exaFLOP of FP16) over ${SERVICE_LIFE_YEARS} years at ${SERVICE_UTILISATION * 100}% use, plus none to all of a host's share (BLOOM)`,
    );
  else
    assume(
      "embodiedKgPerAccelerator",
      "hardware.embodiedKgCO2e",
      EMBODIED_KG_CO2E_PER_ACCELERATOR,
      EMBODIED_SOURCES,
      "manufacturing footprint per accelerator incl. server share; the vendor publishes none for this accelerator",
    );

  assume(
    "publicTextStockTokens",
    "data.publicTextStockTokens",
    PUBLIC_TEXT_STOCK_TOKENS,
    ["villalobos2024"],
    "effective stock of public human-generated text",
  );
  assume(
    "lossFitBlend",
    "scaling.fitChoice",
    { low: -1, likely: 0, high: 1 },
    ["besiroglu2024", "hoffmann2022"],
    "fit uncertainty: the predicted loss moves by up to the distance between the two published fits, either way, so the median stays on the chosen fit",
  );
  assume(
    "lossExtrapolationUnit",
    "scaling.extrapolation",
    { low: -1, likely: 0, high: 1 },
    ["hoffmann2022"],
    "reducible loss spread of ±0.1 (ln) per decade of compute past the largest fitted run (16B parameters, 500B tokens)",
  );
  const cost = proposal.cost ?? {};
  const costModel = cost.model ?? "rental";
  if (!cost.model)
    assumptions.push({
      path: "cost.model",
      value: "rental",
      sources: [],
      note: "cost.trainingUsd is priced as rental at list price; cost.trainingOwnershipUsd gives the owned-hardware basis when a purchase price and electricity price are given",
    });
  own("electricityUsdPerKWh", datacenter.electricityUsdPerKWh, "datacenter.electricityUsdPerKWh");
  own("acceleratorPriceUsd", cost.acceleratorPriceUsd, "cost.acceleratorPriceUsd");
  if (cost.serviceLifeYears !== undefined)
    own("serviceLifeYears", cost.serviceLifeYears, "cost.serviceLifeYears");
  else if (costModel === "ownership" || cost.acceleratorPriceUsd !== undefined)
    assume(
      "serviceLifeYears",
      "cost.serviceLifeYears",
      SERVICE_LIFE_YEARS,
      ["faiz2024"],
      "hardware amortised over a 5-year service life",
    );
  if (cost.acceleratorHourUsd !== undefined)
    own("acceleratorHourUsd", cost.acceleratorHourUsd, "cost.acceleratorHourUsd");
  else if (accelerator && ACCELERATOR_PRICES[accelerator.id]) {
    const price = ACCELERATOR_PRICES[accelerator.id];
    if (price)
      assume(
        "acceleratorHourUsd",
        "cost.acceleratorHourUsd",
        price.usdPerHour,
        [price.source],
        `${accelerator.name} rental price as of ${price.asOf}`,
      );
  }

  // Serving figures need a stated serving plan; without one they are absent rather than guessed.
  const inference = proposal.inference;
  if (inference) {
    if (inference.batch !== undefined) own("inferenceBatch", inference.batch, "inference.batch");
    else
      assume(
        "inferenceBatch",
        "inference.batch",
        INFERENCE_BATCH,
        ["pope2022"],
        "sequences decoded together per model replica; an MoE step reads more distinct experts as it grows",
      );
    assume(
      "inferenceEfficiency",
      "inference.efficiency",
      INFERENCE_EFFICIENCY,
      ["pope2022"],
      "share of the compute or bandwidth bound a serving stack reaches",
    );
  }
  const inferenceAccelerator = inference
    ? inference.accelerator
      ? ACCELERATORS[inference.accelerator]
      : accelerator
    : undefined;
  const inferencePrecision = inference?.precision ?? "bf16";
  own("tokensPerDay", inference?.tokensPerDay, "inference.tokensPerDay");
  own(
    "inferenceYears",
    inference?.years ?? (inference?.tokensPerDay ? 1 : undefined),
    "inference.years",
  );
  if (inferenceAccelerator?.tdpWatts) {
    inputs.inferencePowerWatts = {
      value: inferenceAccelerator.tdpWatts,
      path: "inference.accelerator",
      sources: [inferenceAccelerator.source],
    };
  }
  const samePricing = inferenceAccelerator && inferenceAccelerator.id === accelerator?.id;
  if (samePricing && inputs.acceleratorHourUsd)
    inputs.inferenceHourUsd = { ...inputs.acceleratorHourUsd, path: "cost.acceleratorHourUsd" };
  else if (inferenceAccelerator && ACCELERATOR_PRICES[inferenceAccelerator.id]) {
    const price = ACCELERATOR_PRICES[inferenceAccelerator.id];
    if (price)
      inputs.inferenceHourUsd = {
        value: price.usdPerHour,
        path: "inference.accelerator",
        sources: [price.source],
      };
  }

  return {
    inputs,
    transformer,
    count,
    accelerator,
    inferenceAccelerator,
    trainingPrecision,
    inferencePrecision,
    optimizer,
    computeOptimalTokens,
    costModel,
    utilisation,
    law: scalingLaw === "besiroglu2024" ? BESIROGLU_2024 : HOFFMANN_2022,
    otherLaw: scalingLaw === "besiroglu2024" ? HOFFMANN_2022 : BESIROGLU_2024,
    scalingLaw,
    assumptions,
    warnings,
  };
}

/** The likely value of every resolved input, as a point to evaluate. */
export function likelyPoint(context: EstimateContext): Partial<Record<InputKey, number>> {
  const point: Partial<Record<InputKey, number>> = {};
  for (const key of INPUT_KEYS) {
    const input = context.inputs[key];
    if (input) point[key] = likely(input.value);
  }
  return point;
}
