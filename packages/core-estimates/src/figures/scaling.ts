import { newColumn } from "../column-pool.js";
import type { LossLaw } from "../scaling-law.js";
import { columnsOf, difference, power, product, quotient, sum, type Value } from "../values.js";
import type { FigureDefinition } from "./definition.js";
import { lawName, lawSource, lossOver } from "./scale.js";

/**
 * Constants of the compute-optimal size under a law (see `computeOptimal`):
 * N_opt = G (C/6)^a, a = beta/(alpha+beta); D_opt = (C/6)^(1-a) / G follows from N_opt.
 */
function split(law: LossLaw): { g: number; a: number } {
  const sum = law.alpha + law.beta;
  return {
    g: ((law.alpha * law.A) / (law.beta * law.B)) ** (1 / sum),
    a: law.beta / sum,
  };
}

/** Scaling-law and data-availability figures, all under the one law the proposal chose. */
export const SCALING_FIGURES: FigureDefinition[] = [
  {
    key: "scaling.computeOptimalParametersForCompute",
    unit: "parameters",
    needs: "training compute",
    compute: (_p, f, c) => {
      const flops = f["compute.trainingFlops"];
      if (flops === undefined) return undefined;
      const { g, a } = split(c.law);
      return product(g, power(quotient(flops, 6), a));
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
    compute: (_p, f) => {
      const flops = f["compute.trainingFlops"];
      const optimalN = f["scaling.computeOptimalParametersForCompute"];
      if (flops === undefined || optimalN === undefined) return undefined;
      // The split spends C = 6 N_opt D_opt exactly (the exponents sum to 1): a division, where
      // raising C to the power took a logarithm and an exponential per sample.
      return quotient(quotient(flops, 6), optimalN);
    },
    explain: (c) => ({
      formula: `D_opt = (C/6)^(alpha/(alpha+beta)) / G = C / (6 N_opt) under ${lawName(c)}`,
      uses: ["compute.trainingFlops", "scaling.computeOptimalParametersForCompute"],
      sources: [lawSource(c)],
    }),
  },
  {
    key: "scaling.computeOptimalLoss",
    unit: "nats/token",
    needs: "training compute, training tokens and a parameter count",
    compute: (p, f, c) => {
      const optimalN = f["scaling.computeOptimalParametersForCompute"];
      const optimalD = f["scaling.computeOptimalTokensForCompute"];
      const loss = f["scaling.predictedLoss"];
      const tokens = f["training.tokens"];
      const n = p.parametersActive;
      if (
        optimalN === undefined ||
        optimalD === undefined ||
        loss === undefined ||
        tokens === undefined ||
        n === undefined
      )
        return undefined;
      // The same law's gain from re-splitting, taken off the (ranged) predicted loss: never worse.
      const gain = difference(lossOver(n, tokens, c.law), optimalLoss(optimalN, c.law));
      return lossWithoutGain(loss, gain);
    },
    explain: (c) => ({
      formula: `scaling.predictedLoss - (L(N, D) - L(N_opt, D_opt)) under ${lawName(c)}: the loss the same compute would reach if split compute-optimally`,
      uses: [
        "scaling.predictedLoss",
        "scaling.computeOptimalParametersForCompute",
        "scaling.computeOptimalTokensForCompute",
        "training.tokens",
        "parametersActive",
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
      // L(N, D) - L(sqrt2 N, sqrt2 D) = A/N^alpha (1 - 2^(-alpha/2)) + B/D^beta (1 - 2^(-beta/2)).
      const { A, B, alpha, beta } = c.law;
      return sum(
        quotient(A * (1 - 2 ** (-alpha / 2)), power(n, alpha)),
        quotient(B * (1 - 2 ** (-beta / 2)), power(d, beta)),
      );
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
      if (gain === undefined || carbon === undefined || carbon === 0) return undefined;
      // A sample without carbon has no gain per carbon: NaN leaves the figure's spread out.
      return gainPerAmount(gain, carbon, 1000);
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
      return gainPerAmount(gain, cost, 1e9);
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
        : quotient(tokens, p.publicTextStockTokens);
    },
    explain: () => ({
      formula:
        "training.tokens / effective stock of public human text (about 300T tokens, 100T-1,000T, already adjusted for quality and for the repetition that costs little)",
      uses: ["training.tokens", "publicTextStockTokens"],
      sources: ["villalobos2024"],
    }),
  },
];

/**
 * L(N_opt, D_opt) from N_opt alone. At the optimum alpha A / N^alpha = beta B / D^beta (the
 * derivatives of the loss along C = 6 N D balance; G is chosen so), so the data term is alpha/beta
 * times the parameter term: L = E + (1 + alpha/beta) A / N_opt^alpha. One power per sample, where
 * the two terms took two.
 */
function optimalLoss(optimalN: Value, law: LossLaw): Value {
  return sum(law.E, quotient(law.A * (1 + law.alpha / law.beta), power(optimalN, law.alpha)));
}

// The two loops below are figures' own rather than lanewise's shared ones (see columnsOf).

/** The loss less a gain, where only a positive gain counts: l - max(0, g), sample by sample. */
function lossWithoutGain(loss: Value, gain: Value): Value {
  const columns = columnsOf([loss, gain]);
  if (!columns) return withoutGain(loss as number, gain as number);
  const [l, g] = columns as [Float64Array, Float64Array];
  const out = newColumn(l.length);
  for (let i = 0; i < out.length; i++) out[i] = withoutGain(l[i] as number, g[i] as number);
  return out;
}

function withoutGain(loss: number, gain: number): number {
  return loss - Math.max(0, gain);
}

/**
 * A gain per unit of an amount (per 1000 tCO2e, per 1e9 USD): g / (amount / unit), sample by
 * sample. A sample without the amount has no gain per amount: NaN leaves the figure's spread out.
 */
function gainPerAmount(gain: Value, amount: Value, unit: number): Value {
  const columns = columnsOf([gain, amount]);
  if (!columns) return perAmount(gain as number, amount as number, unit);
  const [g, a] = columns as [Float64Array, Float64Array];
  const out = newColumn(g.length);
  for (let i = 0; i < out.length; i++) out[i] = perAmount(g[i] as number, a[i] as number, unit);
  return out;
}

function perAmount(gain: number, amount: number, unit: number): number {
  return amount === 0 ? Number.NaN : gain / (amount / unit);
}
