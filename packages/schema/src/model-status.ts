/** Where a model stands: `model.status` of a proposal, `proposed` when absent. */
export type ModelStatus = "proposed" | "training" | "trained";

/**
 * What documents and terminal output call the model at each status, so that a trained model is
 * never spoken of as a proposal.
 */
export const MODEL_SUBJECT: Record<ModelStatus, string> = {
  proposed: "this proposal",
  training: "this run",
  trained: "this model",
};
