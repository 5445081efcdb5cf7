/** Human names of figure keys, for tables and reports. */
export const FIGURE_LABELS: Record<string, string> = {
  "parameters.total": "Parameters (total)",
  "parameters.active": "Parameters (active per token)",
  "scaling.computeOptimalTokens": "Compute-optimal tokens",
  "training.tokens": "Training tokens",
  "training.tokensPerParameter": "Tokens per active parameter",
  "compute.trainingFlops": "Training compute",
  "memory.trainingStateBytes": "Training state (weights, gradients, optimizer)",
  "memory.inferenceWeightsBytes": "Inference weights",
  "memory.kvCacheBytesPerToken": "KV cache per token",
  "memory.activationBytesPerSequence":
    "Activations per sequence (flash attention, no recomputation)",
  "memory.activationRecomputedBytesPerSequence": "Activations per sequence (full recomputation)",
  "hardware.minAcceleratorsForMemory": "Accelerators to hold the training state",
  "scaling.predictedLoss": "Predicted loss (Chinchilla)",
  "time.acceleratorHours": "Accelerator-hours",
  "time.wallClockDays": "Wall-clock time",
  "energy.trainingMWh": "Training energy",
  "carbon.trainingOperationalTCO2e": "Operational carbon (location-based)",
  "carbon.trainingMarketBasedTCO2e": "Operational carbon (market-based)",
  "carbon.embodiedTCO2e": "Embodied carbon (hardware share)",
  "carbon.trainingTotalTCO2e": "Training carbon, total",
  "water.trainingKL": "Water consumed",
  "cost.electricityUsd": "Electricity cost",
  "cost.trainingUsd": "Training cost",
  "inference.energyPerMillionTokensKWh": "Inference energy per 1M tokens",
  "inference.costPerMillionTokensUsd": "Inference cost per 1M tokens",
  "inference.annualTCO2e": "Inference carbon per year",
  "inference.lifetimeTCO2e": "Inference carbon over service life",
  "scaling.computeOptimalParametersForCompute": "Compute-optimal size for this compute",
  "scaling.computeOptimalTokensForCompute": "Compute-optimal tokens for this compute",
  "scaling.computeOptimalLoss": "Loss of the compute-optimal split",
  "scaling.lossReductionPerDoubling": "Loss reduction per doubling of compute",
  "scaling.lossReductionPerKtCO2e": "Loss reduction per ktCO2e",
  "scaling.lossReductionPerBillionUsd": "Loss reduction per $1B",
  "data.shareOfEffectiveTextStock": "Share of the effective public text stock",
};

/** Figures shown side by side when comparing a proposal's scenarios. */
export const SCENARIO_HEADLINES = [
  "parameters.active",
  "compute.trainingFlops",
  "time.wallClockDays",
  "energy.trainingMWh",
  "carbon.trainingTotalTCO2e",
  "water.trainingKL",
  "cost.trainingUsd",
  "inference.annualTCO2e",
] as const;

/** Figures grouped for display, in reading order: section heading, then figure keys. */
export const FIGURE_SECTIONS: [string, string[]][] = [
  [
    "Scale and compute",
    [
      "parameters.total",
      "parameters.active",
      "training.tokens",
      "training.tokensPerParameter",
      "scaling.computeOptimalTokens",
      "compute.trainingFlops",
    ],
  ],
  [
    "Memory and hardware",
    [
      "memory.trainingStateBytes",
      "hardware.minAcceleratorsForMemory",
      "memory.activationBytesPerSequence",
      "memory.activationRecomputedBytesPerSequence",
      "memory.inferenceWeightsBytes",
      "memory.kvCacheBytesPerToken",
    ],
  ],
  ["Time", ["time.acceleratorHours", "time.wallClockDays"]],
  [
    "Energy, carbon, water, cost",
    [
      "energy.trainingMWh",
      "carbon.trainingOperationalTCO2e",
      "carbon.trainingMarketBasedTCO2e",
      "carbon.embodiedTCO2e",
      "carbon.trainingTotalTCO2e",
      "water.trainingKL",
      "cost.electricityUsd",
      "cost.trainingUsd",
    ],
  ],
  [
    "Scaling and data",
    [
      "scaling.predictedLoss",
      "scaling.computeOptimalParametersForCompute",
      "scaling.computeOptimalTokensForCompute",
      "scaling.computeOptimalLoss",
      "scaling.lossReductionPerDoubling",
      "scaling.lossReductionPerKtCO2e",
      "scaling.lossReductionPerBillionUsd",
      "data.shareOfEffectiveTextStock",
    ],
  ],
  [
    "Inference",
    [
      "inference.energyPerMillionTokensKWh",
      "inference.costPerMillionTokensUsd",
      "inference.annualTCO2e",
      "inference.lifetimeTCO2e",
    ],
  ],
];
