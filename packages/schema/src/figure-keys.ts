/**
 * Figure keys of the estimate output and their units (docs/figures.md, docs/estimate-json.md).
 * Policies budget these keys; reports and tools read them.
 */
export const FIGURE_UNITS = {
  "parameters.total": "parameters",
  "parameters.active": "parameters",
  "training.tokens": "tokens",
  "training.tokensPerParameter": "ratio",
  "scaling.computeOptimalTokens": "tokens",
  "compute.trainingFlops": "FLOP",
  "memory.trainingStateBytes": "bytes",
  "memory.inferenceWeightsBytes": "bytes",
  "hardware.minAcceleratorsForMemory": "accelerators",
  "time.acceleratorHours": "h",
  "time.wallClockDays": "d",
  "energy.trainingMWh": "MWh",
  "carbon.trainingOperationalTCO2e": "tCO2e",
  "carbon.embodiedTCO2e": "tCO2e",
  "carbon.trainingTotalTCO2e": "tCO2e",
  "water.trainingKL": "kL",
  "cost.trainingUsd": "USD",
  "inference.energyPerMillionTokensKWh": "kWh",
  "inference.costPerMillionTokensUsd": "USD",
  "inference.annualTCO2e": "tCO2e",
  "scaling.predictedLoss": "nats/token",
} as const;

/** One figure key of the estimate output. */
export type FigureKey = keyof typeof FIGURE_UNITS;

/** Every figure key a policy may budget, in reading order. */
export const FIGURE_KEYS = Object.keys(FIGURE_UNITS) as FigureKey[];
