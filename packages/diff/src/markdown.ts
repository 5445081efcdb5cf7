import { formatQuantity } from "@forecard/core-estimates";
import { inert, inertCell } from "@forecard/policy";
import { actualsMarkdown } from "./actuals-markdown.js";
import { describeFigure, type ProposalDiff } from "./compare.js";

/** Hidden marker that lets an action find and update its own pull-request comment. */
export const DIFF_MARKER = "<!-- forecard:diff -->";

/** Options of {@link formatDiffMarkdown}. */
export interface DiffMarkdownOptions {
  /** Start with {@link DIFF_MARKER}. @default true */
  marker?: boolean;
  /** Level of the title heading; sections are one deeper. @default 2 */
  level?: 2 | 3;
}

function change(d: ProposalDiff["figures"][number]): string {
  if (d.absolute === undefined) return d.before ? "removed" : "new";
  const sign = d.absolute > 0 ? "+" : d.absolute < 0 ? "−" : "";
  const percent =
    d.percent === undefined ? "" : ` (${d.percent > 0 ? "+" : ""}${d.percent.toFixed(1)}%)`;
  return `${sign}${formatQuantity(Math.abs(d.absolute), d.unit)}${percent}`;
}

const value = (text: string | undefined) => (text === undefined ? "—" : inertCell(text));

function figureLines(diff: ProposalDiff, h: string): string[] {
  const lines = [`${h} Figures`, ""];
  if (diff.figures.length === 0) return [...lines, "No figure changed.", ""];
  lines.push(
    "| Figure | Before (p5 – p95) | After (p5 – p95) | Change |",
    "| --- | --- | --- | --- |",
  );
  for (const d of diff.figures)
    lines.push(
      `| ${d.label} | ${describeFigure(d.before)} | ${describeFigure(d.after)} | ${change(d)} |`,
    );
  return [...lines, ""];
}

function inputLines(diff: ProposalDiff, h: string): string[] {
  const lines = [`${h} Inputs`, ""];
  if (diff.inputs.length === 0) return [...lines, "No input changed.", ""];
  lines.push("| Field | Before | After |", "| --- | --- | --- |");
  for (const c of diff.inputs)
    lines.push(`| ${inertCell(c.path)} | ${value(c.before)} | ${value(c.after)} |`);
  return [...lines, ""];
}

function checklistLines(diff: ProposalDiff, h: string): string[] {
  if (!diff.checklists.length) return [];
  const lines = [
    `${h} Checklist answers`,
    "",
    "| Checklist | Item | Before | After |",
    "| --- | --- | --- | --- |",
  ];
  for (const c of diff.checklists)
    lines.push(
      `| ${inertCell(c.checklist)} | ${inertCell(c.item)} | ${inertCell(c.before)} | ${inertCell(c.after)} |`,
    );
  return [...lines, ""];
}

function findingLines(diff: ProposalDiff, h: string): string[] {
  if (!diff.verdict) return [];
  const lines = [`${h} Findings`, ""];
  for (const f of diff.newFindings)
    lines.push(`- 🆕 ${f.severity === "error" ? "❌" : "⚠️"} ${inert(f.message)} (line ${f.line})`);
  for (const f of diff.resolvedFindings) lines.push(`- ✅ resolved: ${inert(f.message)}`);
  if (!diff.newFindings.length && !diff.resolvedFindings.length)
    lines.push("No finding appeared or went away.");
  return [...lines, ""];
}

/**
 * Markdown for a pull-request comment: figure deltas with ranges, changed inputs, checklist
 * changes, new and resolved findings. Text from the proposal is shown as inert code spans.
 */
export function formatDiffMarkdown(diff: ProposalDiff, options: DiffMarkdownOptions = {}): string {
  const level = options.level ?? 2;
  const h = "#".repeat(level + 1);
  const lines = options.marker === false ? [] : [DIFF_MARKER];
  lines.push(`${"#".repeat(level)} Forecard: what this change does to ${inert(diff.model)}`, "");
  lines.push(
    diff.newProposal
      ? `New proposal: ${inert(diff.head)} has no version at ${inert(diff.base)}.`
      : `${inert(diff.base)} → ${inert(diff.head)}`,
    "",
  );
  if (diff.verdict)
    lines.push(`Policy verdict: **${diff.verdict.before}** → **${diff.verdict.after}**`, "");
  lines.push(
    ...figureLines(diff, h),
    ...actualsMarkdown(diff.actuals, h),
    ...inputLines(diff, h),
    ...checklistLines(diff, h),
    ...findingLines(diff, h),
  );
  return `${lines.join("\n")}\n`;
}
