export { ACTUAL_FIGURE_KEYS, actualsRuleSchema } from "./actuals-policy-schema.js";
export { type Actuals, actualsSchema, type Measurement } from "./actuals-schema.js";
export { type CalibrationFile, calibrationSchema } from "./calibration-schema.js";
export {
  ACCELERATOR_IDS,
  type AcceleratorId,
  INFERENCE_PRECISIONS,
  LOCATION_PATTERN,
  TRAINING_PRECISIONS,
} from "./catalog-ids.js";
export {
  BIAS_SOURCES,
  type Checklist,
  type ChecklistItem,
  checklistSchema,
} from "./checklist-schema.js";
export { FIGURE_KEYS, FIGURE_UNITS, type FigureKey } from "./figure-keys.js";
export { checklistJsonSchema, policyJsonSchema, proposalJsonSchema } from "./json-schema.js";
export { loadChecklist, loadPolicy, loadProposal, loadWithSchema } from "./load.js";
export {
  type LoadResult,
  MAX_ALIASES,
  MAX_COLLECTION_ITEMS,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  MAX_NODES,
  parseYaml,
  type SourceLocator,
} from "./load-yaml.js";
export {
  CONTROL_CHARACTER,
  escapeControlCharacters,
  escapeControlCharactersPerLine,
  workflowCommandData,
  workflowCommandProperty,
} from "./log-text.js";
export { mergeOverrides } from "./merge.js";
export { MODEL_SUBJECT, type ModelStatus } from "./model-status.js";
export { PARSE_ONCE } from "./parse-once.js";
export { type Policy, policySchema } from "./policy-schema.js";
export { type Proposal, proposalSchema } from "./proposal-schema.js";
export {
  describeInput,
  kinds,
  likely,
  parseSiNumber,
  type Quantity,
  type QuantityKind,
  quantity,
  type Range,
} from "./quantity.js";
export { formatPath, formatSpecError, type SpecError } from "./spec-error.js";
export { editDistance, suggest } from "./suggest.js";
export { identifier, isoDate, text, textList } from "./text.js";
