/** Where a model stands, as the proposal's `model.status` says. */
export type ModelStatus = "proposed" | "training" | "trained";

/** How each document words a model's status: the card's status line, the Hub source, the caveat. */
export const STATUS_WORDING: Record<
  ModelStatus,
  { label: string; estimate: string; statusLine: string; noResults: string; caveat: string }
> = {
  proposed: {
    label: "Proposed",
    estimate: "estimate before training",
    statusLine: "Proposed: figures are estimates made before training",
    noResults: "No evaluation results yet: the model is proposed, not trained.",
    caveat:
      "All figures are estimates for a proposed model. Replace them with measurements once training runs.",
  },
  training: {
    label: "Training",
    estimate: "estimate during training",
    statusLine: "Training: figures are estimates made while the run is in progress",
    noResults: "No evaluation results yet: the model is still training.",
    caveat:
      "All figures are estimates for a run in progress. Replace them with measurements when training ends.",
  },
  trained: {
    label: "Trained",
    estimate: "estimate of a completed training run from its recorded inputs",
    statusLine:
      "Trained: figures are Forecard's estimates computed from the run's recorded inputs (hours, power, grid), not meter readings",
    noResults: "The proposal records no evaluation results for this trained model.",
    caveat:
      "The model is trained; the figures are computed from its recorded inputs. Where measured energy exists, it supersedes them.",
  },
};
