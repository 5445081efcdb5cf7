export {
  BIAS_RISK,
  BUILTIN_CHECKLISTS,
  ENVIRONMENTAL,
  EU_AI_ACT_ANNEX_IV,
  EU_GPAI_ANNEX_XI,
} from "./builtin/index.js";
export { confinedPath, isInside } from "./confine.js";
export {
  applies,
  type ChecklistFacts,
  factsFromProposal,
  regulatoryChecklistIds,
} from "./facts.js";
export { RISK_THRESHOLDS, type Risk, type RiskLevel, rateRisk } from "./risk.js";
export {
  type ChecklistStatus,
  checklistStatus,
  type ItemStatus,
  inRegulatoryFrame,
  type StatusOptions,
} from "./status.js";
export { answerTemplate } from "./template.js";
