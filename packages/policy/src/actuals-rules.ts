import { type EstimateWithoutSensitivity, formatQuantity } from "@forecard/core-estimates";
import type { Policy } from "@forecard/schema";
import type { Finding } from "./finding.js";

type ActualsRule = NonNullable<Policy["actuals"]>[number];

/**
 * Checks measured figures against the approved forecast: actual <= maxRatio x the forecast's
 * statistic (p95 by default). A proposal without actuals has no run to judge yet, so no finding;
 * once actuals exist, a rule whose figure was not measured or not forecast is a warning, never a
 * silent pass.
 */
export function checkActuals(
  rules: readonly ActualsRule[],
  estimate: EstimateWithoutSensitivity,
): Finding[] {
  const actuals = estimate.actuals;
  if (!actuals) return [];
  return rules.flatMap((rule): Finding[] => {
    const row = actuals.find((a) => a.key === rule.figure);
    const path = ["actuals"];
    if (!row?.forecast) {
      return [
        {
          ruleId: rule.id,
          severity: "warning",
          path,
          message: `${rule.id}: ${rule.figure} ${row ? "has no forecast" : "was not measured"}, so the rule on actuals was not checked`,
        },
      ];
    }
    const approved = row.forecast[rule.statistic];
    const limit = (rule.maxRatio as number) * approved;
    if (row.actual <= limit) return [];
    return [
      {
        ruleId: rule.id,
        severity: rule.severity,
        path,
        message: `${rule.id}: actual ${rule.figure} = ${formatQuantity(row.actual, row.unit)} exceeds ${rule.maxRatio} x the approved ${rule.statistic} ${formatQuantity(approved, row.unit)} (= ${formatQuantity(limit, row.unit)})`,
      },
    ];
  });
}
