import { escapeControlCharacters as inline } from "@forecard/schema";
import type { Judgement } from "../judgement.js";
import type { CheckContext } from "./context.js";

/**
 * Plain text for terminals: a verdict line per file, then one line per finding or error. Text
 * from input files has its control characters escaped, so each stays on its own line.
 */
export function formatText(judgements: readonly Judgement[], context: CheckContext): string {
  const lines: string[] = [];
  for (const j of judgements) {
    if (j.verdict === "invalid") {
      lines.push(`INVALID ${inline(j.file)}: not judged, ${j.errors.length} input errors`);
      for (const e of j.errors)
        lines.push(`  invalid ${inline(e.file)}:${e.line}:${e.column} ${inline(e.message)}`);
      continue;
    }
    const errors = j.findings.filter((f) => f.severity === "error").length;
    lines.push(
      `${j.verdict.toUpperCase()} ${inline(j.file)} (${inline(j.model)}): ${errors} errors, ${j.findings.length - errors} warnings under "${inline(context.policyName)}"`,
    );
    for (const f of j.findings)
      lines.push(
        `  ${f.severity.padEnd(7)} ${inline(f.file)}:${f.line}:${f.column} ${inline(f.message)}`,
      );
  }
  if (context.policySource !== context.policyName)
    lines.push(`Policy read from ${inline(context.policySource)}.`);
  return `${lines.join("\n")}\n`;
}
