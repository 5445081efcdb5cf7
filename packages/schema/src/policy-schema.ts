import { z } from "zod";
import { actualsRuleSchema } from "./actuals-policy-schema.js";
import { FIGURE_KEYS, type FigureKey } from "./figure-keys.js";
import { kinds, quantity } from "./quantity.js";
import { identifier, text } from "./text.js";

const severity = z
  .enum(["error", "warning"], {
    error: (iss) => `expected error or warning, got ${JSON.stringify(iss.input)}`,
  })
  .default("error")
  .describe("error fails the check; warning is reported only.");

const figureKey = z.enum(FIGURE_KEYS as [FigureKey, ...FigureKey[]], {
  error: (iss) =>
    `expected a figure key such as energy.trainingMWh, got ${JSON.stringify(iss.input)}`,
});

const budget = z
  .strictObject({
    id: identifier.describe("Rule id, shown in findings."),
    figure: figureKey.describe("Figure key of the estimate output."),
    statistic: z
      .enum(["value", "p50", "p95"], {
        error: (iss) => `expected value, p50 or p95, got ${JSON.stringify(iss.input)}`,
      })
      .default("value")
      .describe(
        "Which statistic of the figure is compared: the likely value, the median or the 95th percentile.",
      ),
    max: quantity({ ...kinds.nonNegative, max: 1e40, allowRange: false }).describe(
      "Largest allowed value, in the figure's unit.",
    ),
    appliesTo: z
      .enum(["base", "all-scenarios"], {
        error: (iss) => `expected base or all-scenarios, got ${JSON.stringify(iss.input)}`,
      })
      .default("base")
      .describe("Check the base proposal only, or every scenario too."),
    severity,
    onMissing: z
      .enum(["fail", "warn"], {
        error: (iss) => `expected fail or warn, got ${JSON.stringify(iss.input)}`,
      })
      .optional()
      .describe(
        "When the figure cannot be estimated: fail (a finding at the budget's severity) or warn. Default: the policy's onMissing.",
      ),
  })
  .describe("A ceiling on one figure.");

const requirements = z
  .strictObject({
    figures: z
      .array(figureKey)
      .optional()
      .describe("Figure keys the proposal must let Forecard estimate."),
    checklists: z.array(identifier).optional().describe("Checklist ids the proposal must answer."),
  })
  .describe("What must be present for a proposal to be judged at all; each absence is an error.");

const checklistRules = z
  .strictObject({
    required: z.array(identifier).optional().describe("Checklist ids that must be answered."),
    minCompleteness: quantity({ ...kinds.share, allowRange: false })
      .optional()
      .describe("Smallest share of applicable items answered done or not-applicable."),
    maxOpenRisks: z
      .strictObject({
        high: quantity({ ...kinds.nonNegative, integer: true, allowRange: false }).optional(),
        medium: quantity({ ...kinds.nonNegative, integer: true, allowRange: false }).optional(),
        low: quantity({ ...kinds.nonNegative, integer: true, allowRange: false }).optional(),
      })
      .optional()
      .describe("Most open items allowed at each residual risk level."),
    maxAnswerAgeDays: quantity({ ...kinds.positive, integer: true, max: 36_500, allowRange: false })
      .optional()
      .describe("Answers reviewed longer ago than this are stale."),
    evidenceRequired: z.boolean().optional().describe("Items marked done must carry evidence."),
    severity,
  })
  .describe("Rules on checklist answers.");

const modelCardRules = z
  .strictObject({
    requiredFields: z
      .array(text(200))
      .optional()
      .describe("Dotted proposal paths that must be filled, e.g. model.intendedUse."),
    severity,
  })
  .describe("Rules on the model card's content.");

/** Schema of a policy file (`schemaVersion: 1`). */
export const policySchema = z
  .strictObject({
    $schema: text(500).optional().describe("JSON Schema reference for editors; ignored."),
    schemaVersion: z
      .literal(1, {
        error: (iss) => `expected 1 (the only schema version), got ${JSON.stringify(iss.input)}`,
      })
      .describe("Version of the policy format. Always 1."),
    name: text(200).optional().describe("Policy name, shown in reports."),
    onMissing: z
      .enum(["fail", "warn"], {
        error: (iss) => `expected fail or warn, got ${JSON.stringify(iss.input)}`,
      })
      .default("fail")
      .describe(
        "A budget whose figure cannot be estimated: fail (default; a finding at the budget's severity) or warn.",
      ),
    require: requirements.optional(),
    budgets: z.array(budget).optional().describe("Ceilings on figures."),
    checklists: checklistRules.optional(),
    modelCard: modelCardRules.optional(),
    calibration: z
      .strictObject({
        file: text(500).describe("Calibration YAML file, relative to the policy."),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/, { error: "expected 64 lowercase hex digits" })
          .describe(
            "SHA-256 of the file; required, so the calibration cannot change under a reviewed policy.",
          ),
      })
      .optional()
      .describe(
        "An organisation's calibration (forecard calibrate) for proposals that name none of their own.",
      ),
    actuals: z
      .array(actualsRuleSchema)
      .max(100)
      .optional()
      .describe("Ceilings on measured figures relative to the approved forecast."),
  })
  .describe("A Forecard gating policy.");

/** A parsed, validated policy. */
export type Policy = z.output<typeof policySchema>;
