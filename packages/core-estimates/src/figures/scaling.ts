import type { EstimateContext } from "../inputs.js";
import { chinchillaLoss, computeOptimal } from "../scaling-law.js";
import type { FigureDefinition } from "./definition.js";
import { lawName, lawSource } from "./scale.js";

// Three figures need the same split of the same compute in every sample: compute it once.
let lastFlops = Number.NaN;
let lastLaw: EstimateContext["law"] | undefined;
let lastOptimum: ReturnType<typeof computeOptimal> | undefined;
function optimum(flops: number, c: EstimateContext): ReturnType<typeof computeOptimal> {
  if (flops !== lastFlops || c.law !== lastLaw || !lastOptimum) {
    lastOptimum = computeOptimal(flops, c.law);
    lastFlops = flops;
    lastLaw = c.law;
  }
  return lastOptimum;
}

/** Scaling-law and data-availability figures, all under the one law the proposal chose. */
export const SCALING_FIGURES: FigureDefinition[] = [
  {
    key: "scaling.computeOptimalParametersForCompute",
    unit: "parameters",
    needs: "training compute",
    compute: (_p, f, c) => {
      const flops = f["compute.trainingFlops"];
      return flops === undefined ? undefined : optimum(flops, c).parameters;
    },
    explain: (c) => ({
      formula: `N_opt = G (C/6)^(beta/(alpha+beta)) under ${lawName(c)}, C = compute.trainingFlops: the size that minimises the same law's loss for this compute`,
      uses: ["compute.trainingFlops"],
      sources: [lawSource(c)],
    }),
  },
  {
    key: "scaling.computeOptimalTokensForCompute",
    unit: "tokens",
    needs: "training compute",
    compute: (_p, f, c) => {
      const flops = f["compute.trainingFlops"];
      return flops === undefined ? undefined : optimum(flops, c).tokens;
    },
    explain: (c) => ({
      formula: `D_opt = (C/6)^(alpha/(alpha+beta)) / G under ${lawName(c)}`,
      uses: ["compute.trainingFlops"],
      sources: [lawSource(c)],
    }),
  },
  {
    key: "scaling.computeOptimalLoss",
    unit: "nats/token",
    needs: "training compute, training tokens and a parameter count",
    compute: (p, f, c) => {
      const flops = f["compute.trainingFlops"];
      const loss = f["scaling.predictedLoss"];
      const tokens = f["training.tokens"];
      const n = p.parametersActive;
      if (flops === undefined || loss === undefined || tokens === undefined || n === undefined)
        return undefined;
      // The same law's gain from re-splitting, taken off the (ranged) predicted loss: never worse.
      const gain = chinchillaLoss(n, tokens, c.law) - optimum(flops, c).loss;
      return loss - Math.max(0, gain);
    },
    explain: (c) => ({
      formula: `scaling.predictedLoss - (L(N, D) - L(N_opt, D_opt)) under ${lawName(c)}: the loss the same compute would reach if split compute-optimally`,
      uses: ["scaling.predictedLoss", "compute.trainingFlops"],
      sources: [lawSource(c)],
    }),
  },
  {
    key: "scaling.lossReductionPerDoubling",
    unit: "nats/token",
    needs: "training tokens and a parameter count",
    compute: (p, f, c) => {
      const d = f["training.tokens"];
      const n = p.parametersActive;
      if (d === undefined || n === undefined) return undefined;
      // L(N, D) - L(sqrt2 N, sqrt2 D), with the constant factors taken out of the powers.
      const { A, B, alpha, beta } = c.law;
      return (A / n ** alpha) * (1 - 2 ** (-alpha / 2)) + (B / d ** beta) * (1 - 2 ** (-beta / 2));
    },
    explain: (c) => ({
      formula: `L(N, D) - L(sqrt2 N, sqrt2 D) under ${lawName(c)}: the gain from doubling compute, model and data grown alike`,
      uses: ["parametersActive", "training.tokens"],
      sources: [lawSource(c)],
    }),
  },
  {
    key: "scaling.lossReductionPerKtCO2e",
    unit: "nats/ktCO2e",
    needs: "the loss gain per doubling and the training carbon",
    compute: (_p, f) => {
      const gain = f["scaling.lossReductionPerDoubling"];
      const carbon = f["carbon.trainingTotalTCO2e"];
      return gain === undefined || !carbon ? undefined : gain / (carbon / 1000);
    },
    explain: () => ({
      formula:
        "scaling.lossReductionPerDoubling / (carbon.trainingTotalTCO2e / 1000): a doubling of compute costs about as much carbon again",
      uses: ["scaling.lossReductionPerDoubling", "carbon.trainingTotalTCO2e"],
      sources: [],
    }),
  },
  {
    key: "scaling.lossReductionPerBillionUsd",
    unit: "nats/$1B",
    needs: "the loss gain per doubling and the training cost",
    compute: (_p, f) => {
      const gain = f["scaling.lossReductionPerDoubling"];
      const cost = f["cost.trainingUsd"];
      return gain === undefined || !cost ? undefined : gain / (cost / 1e9);
    },
    explain: () => ({
      formula:
        "scaling.lossReductionPerDoubling / (cost.trainingUsd / 1e9): a doubling of compute costs about as much again",
      uses: ["scaling.lossReductionPerDoubling", "cost.trainingUsd"],
      sources: [],
    }),
  },
  {
    key: "data.shareOfEffectiveTextStock",
    unit: "ratio",
    needs: "training tokens",
    compute: (p, f) => {
      const tokens = f["training.tokens"];
      return tokens === undefined || p.publicTextStockTokens === undefined
        ? undefined
        : tokens / p.publicTextStockTokens;
    },
    explain: () => ({
      formula:
        "training.tokens / effective stock of public human text (about 300T tokens, 100T-1,000T, already adjusted for quality and for the repetition that costs little)",
      uses: ["training.tokens", "publicTextStockTokens"],
      sources: ["villalobos2024"],
    }),
  },
];
