/** Risk level of a likelihood x severity score. */
export type RiskLevel = "low" | "medium" | "high";

/** Scores of 15 and above (e.g. 3 x 5, 4 x 4) are high; 5 to 14 medium; 1 to 4 low. */
export const RISK_THRESHOLDS = { high: 15, medium: 5 } as const;

/** A rated risk: likelihood and severity on 1-5 scales, their product and its level. */
export interface Risk {
  likelihood: number;
  severity: number;
  score: number;
  level: RiskLevel;
}

/**
 * Rates a risk on the 5 x 5 matrix.
 * @returns the rating, or undefined when either scale is missing.
 * @example rateRisk(4, 4) // { likelihood: 4, severity: 4, score: 16, level: "high" }
 */
export function rateRisk(likelihood: unknown, severity: unknown): Risk | undefined {
  if (typeof likelihood !== "number" || typeof severity !== "number") return undefined;
  const score = likelihood * severity;
  const level: RiskLevel =
    score >= RISK_THRESHOLDS.high ? "high" : score >= RISK_THRESHOLDS.medium ? "medium" : "low";
  return { likelihood, severity, score, level };
}
