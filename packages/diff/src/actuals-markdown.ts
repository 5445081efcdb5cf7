import { formatQuantity } from "@forecard/core-estimates";
import { inert } from "@forecard/policy";
import type { ActualsDiff } from "./actuals.js";

/** Markdown lines of the "Actuals" part of a diff: measured figures against the forecast, and files. */
export function actualsMarkdown(diff: ActualsDiff | null, h: string): string[] {
  if (!diff) return [];
  const lines = [`${h} Actuals (measured after training)`, ""];
  if (diff.figures.length > 0) {
    lines.push(
      "| Figure | Actual before | Actual after | Forecast (p5 – p95) | Error vs forecast |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const f of diff.figures) {
      const q = (v: number | undefined) => (v === undefined ? "—" : formatQuantity(v, f.unit));
      const forecast = f.head?.forecast;
      const envelope = forecast
        ? `${q(forecast.value)} (${q(forecast.p5)} – ${q(forecast.p95)})`
        : "—";
      const error =
        f.head?.relativeError === undefined
          ? "—"
          : `${f.head.relativeError >= 0 ? "+" : ""}${(f.head.relativeError * 100).toFixed(1)}%`;
      lines.push(`| ${f.label} | ${q(f.before)} | ${q(f.after)} | ${envelope} | ${error} |`);
    }
    lines.push("");
  }
  const before = diff.files.before.join(", ") || "none";
  const after = diff.files.after.join(", ") || "none";
  if (before !== after) lines.push(`Imported files: ${inert(before)} → ${inert(after)}`, "");
  return lines;
}
