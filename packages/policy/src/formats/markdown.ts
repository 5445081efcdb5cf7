import { type Judgement, overallVerdict, tally } from "../judgement.js";
import type { CheckContext } from "./context.js";
import { inert, inertCell } from "./inert.js";

const MARK = { pass: "✅", fail: "❌", invalid: "⛔" } as const;

/** The headline of a check: its overall verdict and how many files it concerns. */
export function checkHeadline(judgements: readonly Judgement[]): string {
  const verdict = overallVerdict(judgements);
  const counts = tally(judgements);
  const total = judgements.length;
  if (verdict === "pass") return `${MARK.pass} pass`;
  if (verdict === "fail") return `${MARK.fail} fail (${counts.fail} of ${total} failed)`;
  return total === 0
    ? `${MARK.invalid} invalid (no file was judged)`
    : `${MARK.invalid} invalid (${counts.invalid} of ${total} could not be judged)`;
}

/**
 * Markdown for a job summary or a pull-request comment. Text from input files is shown as inert
 * code spans, so a proposal cannot add links, images or mentions to the comment.
 */
export function formatMarkdown(judgements: readonly Judgement[], context: CheckContext): string {
  const lines = [
    `## Forecard policy check: ${checkHeadline(judgements)}`,
    "",
    `Policy: ${inert(context.policyName)}, read from ${inert(context.policySource)}.`,
    "",
  ];
  for (const j of judgements) {
    if (j.verdict === "invalid") {
      lines.push(`### ${MARK.invalid} ${inert(j.file)}: not judged (invalid input)`, "");
      lines.push("| Where | Error |", "| --- | --- |");
      for (const e of j.errors)
        lines.push(`| ${inertCell(`${e.file}:${e.line}:${e.column}`)} | ${inertCell(e.message)} |`);
      lines.push("");
      continue;
    }
    lines.push(`### ${MARK[j.verdict]} ${inert(j.model)} (${inert(j.file)})`, "");
    if (j.findings.length === 0) {
      lines.push("No findings.", "");
      continue;
    }
    lines.push("| | Rule | Finding | Line |", "| --- | --- | --- | --- |");
    for (const f of j.findings) {
      lines.push(
        `| ${f.severity === "error" ? "❌" : "⚠️"} | ${inertCell(f.ruleId)} | ${inertCell(f.message)} | ${f.line} |`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
