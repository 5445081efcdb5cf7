export {
  BIAS_RISK,
  BUILTIN_CHECKLISTS,
  ENVIRONMENTAL,
  EU_AI_ACT_ANNEX_IV,
} from "./builtin/index.js";
export { confinedPath, isInside } from "./confine.js";
export { applies, type ChecklistFacts, factsFromProposal } from "./facts.js";
export { RISK_THRESHOLDS, type Risk, type RiskLevel, rateRisk } from "./risk.js";
export {
  type ChecklistStatus,
  checklistStatus,
  type ItemStatus,
  type StatusOptions,
} from "./status.js";
export { answerTemplate } from "./template.js";
