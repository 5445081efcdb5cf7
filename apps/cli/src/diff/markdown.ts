import { formatQuantity } from "@forecard/core-estimates";
import { actualsMarkdown } from "./actuals-markdown.js";
import { describeFigure, type ProposalDiff } from "./compare.js";

/** Hidden marker that lets an action find and update its own pull-request comment. */
export const DIFF_MARKER = "<!-- forecard:diff -->";

const cell = (text: string | undefined) =>
  (text ?? "—")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\n/g, " ");

function change(d: ProposalDiff["figures"][number]): string {
  if (d.absolute === undefined) return d.before ? "removed" : "new";
  const sign = d.absolute > 0 ? "+" : d.absolute < 0 ? "−" : "";
  const percent =
    d.percent === undefined ? "" : ` (${d.percent > 0 ? "+" : ""}${d.percent.toFixed(1)}%)`;
  return `${sign}${formatQuantity(Math.abs(d.absolute), d.unit)}${percent}`;
}

/** Markdown for a pull-request comment, headed by the hidden marker. */
export function formatDiffMarkdown(diff: ProposalDiff): string {
  const lines = [
    DIFF_MARKER,
    `## Forecard: what this change does to ${cell(diff.model)}`,
    "",
    `\`${cell(diff.base)}\` → \`${cell(diff.head)}\``,
    "",
  ];
  if (diff.verdict)
    lines.push(`Policy verdict: **${diff.verdict.before}** → **${diff.verdict.after}**`, "");
  lines.push("### Figures", "");
  if (diff.figures.length === 0) lines.push("No figure changed.", "");
  else {
    lines.push(
      "| Figure | Before (p5 – p95) | After (p5 – p95) | Change |",
      "| --- | --- | --- | --- |",
    );
    for (const d of diff.figures)
      lines.push(
        `| ${cell(d.label)} | ${cell(describeFigure(d.before))} | ${cell(describeFigure(d.after))} | ${cell(change(d))} |`,
      );
    lines.push("");
  }
  if (diff.actuals) lines.push(...actualsMarkdown(diff.actuals, cell));
  lines.push("### Inputs", "");
  if (diff.inputs.length === 0) lines.push("No input changed.", "");
  else {
    lines.push("| Field | Before | After |", "| --- | --- | --- |");
    for (const c of diff.inputs)
      lines.push(`| \`${cell(c.path)}\` | ${cell(c.before)} | ${cell(c.after)} |`);
    lines.push("");
  }
  if (diff.checklists.length) {
    lines.push(
      "### Checklist answers",
      "",
      "| Checklist | Item | Before | After |",
      "| --- | --- | --- | --- |",
    );
    for (const c of diff.checklists)
      lines.push(`| ${cell(c.checklist)} | ${cell(c.item)} | ${c.before} | ${c.after} |`);
    lines.push("");
  }
  if (diff.verdict) {
    lines.push("### Findings", "");
    for (const f of diff.newFindings)
      lines.push(`- 🆕 ${f.severity === "error" ? "❌" : "⚠️"} ${cell(f.message)} (line ${f.line})`);
    for (const f of diff.resolvedFindings) lines.push(`- ✅ resolved: ${cell(f.message)}`);
    if (!diff.newFindings.length && !diff.resolvedFindings.length)
      lines.push("No finding appeared or went away.");
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
