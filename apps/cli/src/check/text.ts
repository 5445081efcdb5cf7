import { count } from "../count.js";
import type { Judgement } from "./judge.js";

/** Plain text for terminals: a verdict line per file, then one line per finding with its location. */
export function formatText(judgements: Judgement[], policyName: string): string {
  const lines: string[] = [];
  for (const j of judgements) {
    const errors = j.findings.filter((f) => f.severity === "error").length;
    lines.push(
      `${j.verdict.toUpperCase()} ${j.file} (${j.model}): ${count(errors, "error")}, ${count(j.findings.length - errors, "warning")} under "${policyName}"`,
    );
    for (const f of j.findings)
      lines.push(`  ${f.severity.padEnd(7)} ${f.file}:${f.line}:${f.column} ${f.message}`);
  }
  return `${lines.join("\n")}\n`;
}
