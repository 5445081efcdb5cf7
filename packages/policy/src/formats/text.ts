import type { Judgement } from "../judgement.js";
import type { CheckContext } from "./context.js";

/** Plain text for terminals: a verdict line per file, then one line per finding or error. */
export function formatText(judgements: readonly Judgement[], context: CheckContext): string {
  const lines: string[] = [];
  for (const j of judgements) {
    if (j.verdict === "invalid") {
      lines.push(`INVALID ${j.file}: not judged, ${j.errors.length} input errors`);
      for (const e of j.errors)
        lines.push(`  invalid ${e.file}:${e.line}:${e.column} ${e.message}`);
      continue;
    }
    const errors = j.findings.filter((f) => f.severity === "error").length;
    lines.push(
      `${j.verdict.toUpperCase()} ${j.file} (${j.model}): ${errors} errors, ${j.findings.length - errors} warnings under "${context.policyName}"`,
    );
    for (const f of j.findings)
      lines.push(`  ${f.severity.padEnd(7)} ${f.file}:${f.line}:${f.column} ${f.message}`);
  }
  if (context.policySource !== context.policyName)
    lines.push(`Policy read from ${context.policySource}.`);
  return `${lines.join("\n")}\n`;
}
