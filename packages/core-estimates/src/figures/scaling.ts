import { CHINCHILLA_TOKENS_PER_PARAMETER } from "../catalog/training-defaults.js";
import type { EstimateContext } from "../inputs.js";
import { chinchillaLoss, type LossLaw } from "../scaling-law.js";
import { lanewise, product, quotient } from "../values.js";
import type { FigureDefinition } from "./definition.js";

const lawSource = (c: EstimateContext) =>
  c.scalingLaw === "besiroglu2024" ? "besiroglu2024" : "hoffmann2022";

/** The compute-optimal split of a budget C under D = 20 N and C = 6 N D: N = sqrt(C / 120). */
export function optimalParameters(flops: number): number {
  return Math.sqrt(flops / (6 * CHINCHILLA_TOKENS_PER_PARAMETER));
}

/**
 * L(N, D) - L(sqrt2 N, sqrt2 D) of the Chinchilla law, written as
 * A/N^alpha (1 - 2^(-alpha/2)) + B/D^beta (1 - 2^(-beta/2)): the same value with half the powers.
 */
function lossReductionPerDoubling(parameters: number, tokens: number, law: LossLaw): number {
  return (
    (law.A / parameters ** law.alpha) * (1 - 2 ** (-law.alpha / 2)) +
    (law.B / tokens ** law.beta) * (1 - 2 ** (-law.beta / 2))
  );
}

/** Scaling-law and data-availability figures. */
export const SCALING_FIGURES: FigureDefinition[] = [
  {
    key: "scaling.computeOptimalParametersForCompute",
    unit: "parameters",
    needs: "training compute",
    compute: (_p, f) => {
      const flops = f["compute.trainingFlops"];
      return flops === undefined ? undefined : lanewise(optimalParameters, flops);
    },
    explain: () => ({
      formula:
        "sqrt(compute.trainingFlops / 120): the model size that spends the same compute at 20 tokens per parameter",
      uses: ["compute.trainingFlops"],
      sources: ["hoffmann2022"],
    }),
  },
  {
    key: "scaling.computeOptimalTokensForCompute",
    unit: "tokens",
    needs: "training compute",
    compute: (_p, f) => {
      const n = f["scaling.computeOptimalParametersForCompute"];
      return product(CHINCHILLA_TOKENS_PER_PARAMETER, n);
    },
    explain: () => ({
      formula: "20 x scaling.computeOptimalParametersForCompute",
      uses: ["scaling.computeOptimalParametersForCompute"],
      sources: ["hoffmann2022"],
    }),
  },
  {
    key: "scaling.computeOptimalLoss",
    unit: "nats/token",
    needs: "training compute",
    compute: (_p, f, c) => {
      const n = f["scaling.computeOptimalParametersForCompute"];
      const d = f["scaling.computeOptimalTokensForCompute"];
      return n === undefined || d === undefined
        ? undefined
        : lanewise((x, y) => chinchillaLoss(x, y, c.law), n, d);
    },
    explain: (c) => ({
      formula: "L(N_opt, D_opt): the loss the same compute would reach if split compute-optimally",
      uses: [
        "scaling.computeOptimalParametersForCompute",
        "scaling.computeOptimalTokensForCompute",
      ],
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
      return lanewise((x, y) => lossReductionPerDoubling(x, y, c.law), n, d);
    },
    explain: (c) => ({
      formula:
        "L(N, D) - L(sqrt2 N, sqrt2 D): the gain from doubling compute, model and data grown alike",
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
      if (gain === undefined || carbon === undefined || carbon === 0) return undefined;
      // A sample without carbon has no gain per carbon: NaN leaves the figure's spread out.
      return lanewise((g, t) => (t === 0 ? Number.NaN : g / (t / 1000)), gain, carbon);
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
      if (gain === undefined || cost === undefined || cost === 0) return undefined;
      return lanewise((g, usd) => (usd === 0 ? Number.NaN : g / (usd / 1e9)), gain, cost);
    },
    explain: () => ({
      formula:
        "scaling.lossReductionPerDoubling / (cost.trainingUsd / 1e9): a doubling of compute costs about as much again",
      uses: ["scaling.lossReductionPerDoubling", "cost.trainingUsd"],
      sources: [],
    }),
  },
  {
    key: "data.epochsOfPublicText",
    unit: "ratio",
    needs: "training tokens",
    compute: (p, f) => {
      const tokens = f["training.tokens"];
      return tokens === undefined || p.publicTextStockTokens === undefined
        ? undefined
        : quotient(tokens, p.publicTextStockTokens);
    },
    explain: () => ({
      formula: "training.tokens / stock of public human text (about 300T tokens, 100T-1,000T)",
      uses: ["training.tokens", "publicTextStockTokens"],
      sources: ["villalobos2024"],
    }),
  },
];
