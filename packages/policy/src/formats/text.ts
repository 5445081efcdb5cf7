import { type Judgement, overallVerdict, tally } from "../judgement.js";
import type { CheckContext } from "./context.js";

/** A count with its noun in the right number: "1 error", "2 errors". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** Plain text for terminals: a verdict line per file, then one line per finding or error. */
export function formatText(judgements: readonly Judgement[], context: CheckContext): string {
  const lines: string[] = [];
  for (const j of judgements) {
    if (j.verdict === "invalid") {
      lines.push(`INVALID ${j.file}: not judged, ${count(j.errors.length, "input error")}`);
      for (const e of j.errors)
        lines.push(`  invalid ${e.file}:${e.line}:${e.column} ${e.message}`);
      continue;
    }
    const errors = j.findings.filter((f) => f.severity === "error").length;
    lines.push(
      `${j.verdict.toUpperCase()} ${j.file} (${j.model}): ${count(errors, "error")}, ${count(j.findings.length - errors, "warning")} under "${context.policyName}"`,
    );
    for (const f of j.findings)
      lines.push(`  ${f.severity.padEnd(7)} ${f.file}:${f.line}:${f.column} ${f.message}`);
  }
  if (context.policySource !== context.policyName)
    lines.push(`Policy read from ${context.policySource}.`);
  lines.push(verdictLine(judgements));
  return `${lines.join("\n")}\n`;
}

// The whole check in one line, so a terminal never shows only per-file lines when a file was not judged.
function verdictLine(judgements: readonly Judgement[]): string {
  const counts = tally(judgements);
  const total = judgements.length;
  const verdict = overallVerdict(judgements);
  if (verdict === "invalid")
    return total === 0
      ? "Verdict: INVALID (no file was judged)"
      : `Verdict: INVALID (${counts.invalid} of ${total} files could not be judged)`;
  if (verdict === "fail") return `Verdict: FAIL (${counts.fail} of ${total} files failed)`;
  return `Verdict: PASS (${total} files)`;
}
