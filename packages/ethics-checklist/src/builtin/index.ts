import type { Checklist } from "@forecard/schema";
import { BIAS_RISK } from "./bias-risk.js";
import { ENVIRONMENTAL } from "./environmental.js";
import { EU_AI_ACT_ANNEX_IV } from "./eu-ai-act-annex-iv.js";
import { EU_GPAI_ANNEX_XI } from "./eu-gpai-annex-xi.js";

/** The checklists that ship with Forecard, by id. */
export const BUILTIN_CHECKLISTS: Record<string, Checklist> = {
  [BIAS_RISK.id]: BIAS_RISK,
  [ENVIRONMENTAL.id]: ENVIRONMENTAL,
  [EU_AI_ACT_ANNEX_IV.id]: EU_AI_ACT_ANNEX_IV,
  [EU_GPAI_ANNEX_XI.id]: EU_GPAI_ANNEX_XI,
};

export { BIAS_RISK, ENVIRONMENTAL, EU_AI_ACT_ANNEX_IV, EU_GPAI_ANNEX_XI };
