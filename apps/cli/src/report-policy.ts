import { judgeProposal } from "@forecard/policy";
import type { ReportInput } from "@forecard/report";
import type { Checklist, Proposal, SourceLocator } from "@forecard/schema";
import { requirePolicy } from "@forecard/workspace";

/** What `report --policy` judges: the loaded proposal, its checklists and the report's estimate. */
export interface ReportJudgeInput {
  file: string;
  proposal: Proposal;
  raw: unknown;
  locator: SourceLocator;
  checklists: readonly Checklist[];
  estimate: ReportInput["estimate"];
  today: string;
  samples: number;
  seed: number;
}

/**
 * The seam between `report --policy` and `@forecard/policy`: the same judgement `check` makes
 * (on the report's own estimate), reduced to what the documents print.
 * @throws UserError when the policy file is invalid.
 */
export function judgeForReport(
  policyFile: string,
  input: ReportJudgeInput,
): NonNullable<ReportInput["policy"]> {
  const policy = requirePolicy(policyFile);
  const judgement = judgeProposal({ ...input, policy, disclosesFigures: true });
  return {
    name: policy.name ?? policyFile,
    // Anything but an explicit pass is shown as a failure: no document reads "pass" for what was not judged.
    verdict: judgement.verdict === "pass" ? "pass" : "fail",
    findings: judgement.findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.scenario ? `${f.message} (scenario ${f.scenario})` : f.message,
      path: f.path.join("."),
    })),
  };
}
