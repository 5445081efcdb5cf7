import type { ReportInput } from "@forecard/report";
import { judge } from "./check/judge.js";
import { requirePolicy } from "./load-files.js";

/** Options of {@link judgeForReport}. */
export interface ReportPolicyOptions {
  today: string;
  samples: number;
  seed: number;
}

/**
 * The seam between `report --policy` and the judging logic: the same judgement `check` makes,
 * reduced to what the documents print. Only this file knows where judging lives.
 * @throws UserError when the policy or the proposal is invalid.
 */
export function judgeForReport(
  file: string,
  policyFile: string,
  options: ReportPolicyOptions,
): NonNullable<ReportInput["policy"]> {
  const policy = requirePolicy(policyFile);
  const judgement = judge(file, policy, { ...options, disclosesFigures: true });
  return {
    name: policy.name ?? policyFile,
    // Anything but an explicit pass is shown as a failure: a document never reads "pass" for what was not judged.
    verdict: judgement.verdict === "pass" ? "pass" : "fail",
    findings: judgement.findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.scenario ? `${f.message} (scenario ${f.scenario})` : f.message,
      path: f.path.join("."),
    })),
  };
}
