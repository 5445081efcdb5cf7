import { workflowCommandData, workflowCommandProperty } from "@forecard/schema";
import type { Judgement } from "./judge.js";

// Workflow commands: control characters escaped, data and property values percent-encoded.
const data = workflowCommandData;
const property = workflowCommandProperty;

/** GitHub Actions annotations, one per finding, on the proposal's line. */
export function formatGithub(judgements: Judgement[]): string {
  const lines = judgements.flatMap((j) =>
    j.findings.map(
      (f) =>
        `::${f.severity === "error" ? "error" : "warning"} file=${property(f.file)},line=${f.line},col=${f.column},title=${property(`forecard ${f.ruleId}`)}::${data(f.message)}`,
    ),
  );
  return lines.length ? `${lines.join("\n")}\n` : "";
}
