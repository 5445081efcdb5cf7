import type { Checklist } from "@forecard/schema";
import { BIAS_RISK } from "./bias-risk.js";
import { ENVIRONMENTAL } from "./environmental.js";
import { EU_AI_ACT_ANNEX_IV } from "./eu-ai-act-annex-iv.js";
import { EU_GPAI_ANNEX_XI } from "./eu-gpai-annex-xi.js";

/**
 * The checklists that ship with Forecard, by id. It has no prototype, so an id such as
 * `isPrototypeOf` finds nothing rather than an Object method.
 */
export const BUILTIN_CHECKLISTS: Readonly<Record<string, Checklist>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Checklist>, {
    [BIAS_RISK.id]: BIAS_RISK,
    [ENVIRONMENTAL.id]: ENVIRONMENTAL,
    [EU_AI_ACT_ANNEX_IV.id]: EU_AI_ACT_ANNEX_IV,
    [EU_GPAI_ANNEX_XI.id]: EU_GPAI_ANNEX_XI,
  }),
);

export { BIAS_RISK, ENVIRONMENTAL, EU_AI_ACT_ANNEX_IV, EU_GPAI_ANNEX_XI };
