import type { Judgement } from "./judge.js";

const cell = (text: string) =>
  text.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, " ");

/** Markdown for a job summary or a pull-request comment. */
export function formatMarkdown(judgements: Judgement[], policyName: string): string {
  const failed = judgements.filter((j) => j.verdict === "fail").length;
  const lines = [
    `## Forecard policy check: ${failed === 0 ? "✅ pass" : `❌ ${failed} of ${judgements.length} failed`}`,
    "",
    `Policy: ${cell(policyName)}`,
    "",
  ];
  for (const j of judgements) {
    lines.push(
      `### ${j.verdict === "pass" ? "✅" : "❌"} ${cell(j.model)} (\`${cell(j.file)}\`)`,
      "",
    );
    if (j.findings.length === 0) {
      lines.push("No findings.", "");
      continue;
    }
    lines.push("| | Rule | Finding | Line |", "| --- | --- | --- | --- |");
    for (const f of j.findings) {
      lines.push(
        `| ${f.severity === "error" ? "❌" : "⚠️"} | ${cell(f.ruleId)} | ${cell(f.message)} | ${f.line} |`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
