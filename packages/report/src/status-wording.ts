import { MODEL_SUBJECT, type ModelStatus } from "@forecard/schema";

/** Where a model stands, as the proposal's `model.status` says. */
export type { ModelStatus };

/** The words each document uses for a model in one status. */
export interface StatusWording {
  label: string;
  /** What the Hub `co2_eq_emissions.source` calls the figures. */
  estimate: string;
  statusLine: string;
  noResults: string;
  caveat: string;
  /** What the documents call the model: "this proposal", "this run", "this model". */
  subject: string;
  /** What the documents call the input file, in a sentence ("the proposal"), and capitalised. */
  source: string;
  Source: string;
  /** The inputs figures are computed from, in the dossier's evidence. */
  inputs: string;
  /** What the dossier documents. */
  dossierSubject: string;
  /** What the dossier says to do with Forecard's estimated fields. */
  estimatedNote: string;
  /** Label of the training-token count in the card. */
  tokens: string;
  /** Who signs first in the sign-off table. */
  signer: string;
}

/** How each document words a model's status: the card's status line, the Hub source, the caveat. */
export const STATUS_WORDING: Record<ModelStatus, StatusWording> = {
  proposed: {
    label: "Proposed",
    estimate: "estimate before training",
    statusLine: "Proposed: figures are estimates made before training",
    noResults: "No evaluation results yet: the model is proposed, not trained.",
    caveat:
      "All figures are estimates for a proposed model. Replace them with measurements once training runs.",
    subject: MODEL_SUBJECT.proposed,
    source: "the proposal",
    Source: "The proposal",
    inputs: "the proposal's inputs",
    dossierSubject: "the proposed model",
    estimatedNote:
      "Estimated fields are Forecard's forecasts; replace them with measured values when training ends.",
    tokens: "Planned training tokens",
    signer: "Proposer",
  },
  training: {
    label: "Training",
    estimate: "estimate during training",
    statusLine: "Training: figures are estimates made while the run is in progress",
    noResults: "No evaluation results yet: the model is still training.",
    caveat:
      "All figures are estimates for a run in progress. Replace them with measurements when training ends.",
    subject: MODEL_SUBJECT.training,
    source: "the proposal",
    Source: "The proposal",
    inputs: "the proposal's inputs",
    dossierSubject: "the model in training",
    estimatedNote:
      "Estimated fields are Forecard's forecasts; replace them with measured values when training ends.",
    tokens: "Training tokens",
    signer: "Run owner",
  },
  trained: {
    label: "Trained",
    estimate: "estimate of a completed training run from its recorded inputs",
    statusLine:
      "Trained: figures are Forecard's estimates computed from the run's recorded inputs (hours, power, grid), not meter readings",
    noResults: "The input file records no evaluation results for this trained model.",
    caveat:
      "The model is trained; the figures are computed from its recorded inputs. Where measured energy exists, it supersedes them.",
    subject: MODEL_SUBJECT.trained,
    source: "the input file",
    Source: "The input file",
    inputs: "the run's recorded inputs",
    dossierSubject: "the trained model",
    estimatedNote:
      "Estimated fields are Forecard's estimates from the run's recorded inputs; record the run's measurements under actuals to replace them.",
    tokens: "Training tokens",
    signer: "Model owner",
  },
};

/** The wording for a model status, `proposed` when none is given. */
export function statusWording(status: ModelStatus | undefined): StatusWording {
  return STATUS_WORDING[status ?? "proposed"];
}
