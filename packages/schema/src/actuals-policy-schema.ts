import { z } from "zod";
import { kinds, quantity } from "./quantity.js";
import { identifier } from "./text.js";

/** Figures a proposal's actuals can measure; rules on actuals name one of these. */
export const ACTUAL_FIGURE_KEYS = [
  "time.acceleratorHours",
  "time.wallClockDays",
  "training.tokens",
  "energy.trainingMWh",
  "carbon.trainingOperationalTCO2e",
  "carbon.trainingMarketBasedTCO2e",
] as const;

/** Schema of one policy rule on actuals: actual <= maxRatio x the approved forecast statistic. */
export const actualsRuleSchema = z
  .strictObject({
    id: identifier.describe("Rule id, shown in findings."),
    figure: z
      .enum(ACTUAL_FIGURE_KEYS, {
        error: (iss) =>
          `expected a measurable figure (${ACTUAL_FIGURE_KEYS.join(" | ")}), got ${JSON.stringify(iss.input)}`,
      })
      .describe("Figure key whose actual is compared."),
    maxRatio: quantity({ ...kinds.positive, max: 1000, allowRange: false }).describe(
      "Largest allowed actual / forecast statistic, e.g. 1.2.",
    ),
    statistic: z
      .enum(["value", "p50", "p95"], {
        error: (iss) => `expected value, p50 or p95, got ${JSON.stringify(iss.input)}`,
      })
      .default("p95")
      .describe("Which statistic of the approved forecast the actual is compared with."),
    severity: z
      .enum(["error", "warning"], {
        error: (iss) => `expected error or warning, got ${JSON.stringify(iss.input)}`,
      })
      .default("error")
      .describe("error fails the check; warning is reported only."),
  })
  .describe("A ceiling on a measured figure relative to its approved forecast.");
