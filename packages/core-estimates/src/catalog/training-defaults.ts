import type { SourceId } from "../sources.js";

/**
 * Highest model FLOPs utilisation published for a large run: 55.2% for a 175B model on 12,288
 * GPUs (MegaScale, Jiang et al. 2024). Megatron-LM's often-quoted 52% (Narayanan et al. 2021)
 * counts the recomputed forward pass, so it is hardware FLOPs utilisation, not MFU.
 */
export const MAX_PUBLISHED_MFU = 0.552;

/** Tokens per parameter of a compute-optimal run (Hoffmann et al. 2022). */
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

/** Default training sequence length when the transformer gives none, tokens. */
export const DEFAULT_CONTEXT_LENGTH = 2048;

/**
 * Growth of the utilisation spread beyond the calibrated scale: added in quadrature to the
 * leave-one-out spread, per decade of active parameters or cluster size past the largest
 * calibration run (ln units). A stated judgement: no published run exists there to measure it.
 */
export const EXTRAPOLATION_SD_PER_DECADE = 0.1;

/** Sources behind the training defaults. */
export const TRAINING_DEFAULT_SOURCES: Record<string, SourceId> = {
  utilisation: "calibration",
  tokensPerParameter: "hoffmann2022",
};
