/** Constants of the Chinchilla parametric loss L(N, D) = E + A / N^alpha + B / D^beta. */
export interface LossLaw {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
}

/** Hoffmann et al. (2022), eq. 10: E 1.69, A 406.4, B 410.7, alpha 0.34, beta 0.28. */
export const HOFFMANN_2022: LossLaw = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };

/** Besiroglu et al. (2024), the corrected fit: E 1.8172, A 482.01, B 2085.43, alpha 0.3478, beta 0.3658. */
export const BESIROGLU_2024: LossLaw = {
  E: 1.8172,
  A: 482.01,
  B: 2085.43,
  alpha: 0.3478,
  beta: 0.3658,
};

/**
 * Predicted pre-training loss of a model with N parameters trained on D tokens.
 * @returns loss in nats per token.
 * @example chinchillaLoss(70e9, 1.4e12, HOFFMANN_2022) // about 1.94
 */
export function chinchillaLoss(parameters: number, tokens: number, law: LossLaw): number {
  return law.E + law.A / parameters ** law.alpha + law.B / tokens ** law.beta;
}

// G depends on the law alone; the Monte Carlo asks for it in every sample.
const allocationConstants = new WeakMap<LossLaw, number>();
function allocationConstant(law: LossLaw): number {
  let g = allocationConstants.get(law);
  if (g === undefined) {
    g = ((law.alpha * law.A) / (law.beta * law.B)) ** (1 / (law.alpha + law.beta));
    allocationConstants.set(law, g);
  }
  return g;
}

/**
 * The compute-optimal split of a compute budget into parameters and tokens under a loss law,
 * with C = 6·N·D (Hoffmann et al. 2022, eq. 4 and Appendix D.2):
 * N_opt = G·(C/6)^a, D_opt = (C/6)^b / G, a = beta/(alpha+beta), b = alpha/(alpha+beta),
 * G = (alpha·A / (beta·B))^(1/(alpha+beta)).
 * @param flops - training compute, FLOP.
 * @returns parameters and tokens of the optimal allocation, and its predicted loss.
 */
export function computeOptimal(
  flops: number,
  law: LossLaw,
): { parameters: number; tokens: number; loss: number } {
  const sum = law.alpha + law.beta;
  const g = allocationConstant(law);
  const parameters = g * (flops / 6) ** (law.beta / sum);
  const tokens = (flops / 6) ** (law.alpha / sum) / g;
  return { parameters, tokens, loss: chinchillaLoss(parameters, tokens, law) };
}

/** Loss law used when neither the proposal nor the caller chooses: the corrected fit. */
export const DEFAULT_SCALING_LAW = "besiroglu2024" as const;

/** How documents name each loss law: its authors and year. */
export const SCALING_LAW_NAMES = {
  hoffmann2022: "Hoffmann et al. 2022",
  besiroglu2024: "Besiroglu et al. 2024",
} as const;

/**
 * Tokens that make N parameters the compute-optimal size under a loss law: inverting
 * N_opt = G·(C/6)^a gives C/6 = (N/G)^(1/a), and D_opt = (C/6)^b / G.
 * @returns tokens, e.g. about 18 per parameter at 70B under Besiroglu et al. (2024).
 */
export function optimalTokensForParameters(parameters: number, law: LossLaw): number {
  const sum = law.alpha + law.beta;
  const g = allocationConstant(law);
  const computeOver6 = (parameters / g) ** (sum / law.beta);
  return computeOver6 ** (law.alpha / sum) / g;
}

/**
 * Largest training compute in the runs both fits were made on: up to 16B parameters on up to
 * 500B tokens (Hoffmann et al. 2022, Sec. 3), 6 x 16e9 x 500e9 FLOP.
 */
export const FITTED_COMPUTE_MAX_FLOPS = 6 * 16e9 * 500e9;

/** Half-width of the reducible-loss spread per decade of compute past the fitted range (ln units): a stated judgement. */
export const EXTRAPOLATION_LOSS_SPREAD_PER_DECADE = 0.1;
