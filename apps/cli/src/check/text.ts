import { escapeControlCharacters as inline } from "@forecard/schema";
import type { Judgement } from "./judge.js";

/** Plain text for terminals: a verdict line per file, then one line per finding with its location. */
export function formatText(judgements: Judgement[], policyName: string): string {
  const lines: string[] = [];
  for (const j of judgements) {
    const errors = j.findings.filter((f) => f.severity === "error").length;
    lines.push(
      `${j.verdict.toUpperCase()} ${inline(j.file)} (${inline(j.model)}): ${errors} errors, ${j.findings.length - errors} warnings under "${policyName}"`,
    );
    for (const f of j.findings)
      lines.push(
        `  ${f.severity.padEnd(7)} ${inline(f.file)}:${f.line}:${f.column} ${inline(f.message)}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
