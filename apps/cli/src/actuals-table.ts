import { type Estimate, FIGURE_LABELS, formatQuantity } from "@forecard/core-estimates";

/** Renders forecast beside actual for every measured figure: forecast, p5–p95, actual, error. */
export function renderActuals(estimate: Estimate): string {
  const rows = estimate.actuals ?? [];
  if (rows.length === 0) return "";
  const cells = [
    ["  Figure", "Forecast", "p5 – p95", "Actual", "Error", "In p5–p95"],
    ...rows.map((r) => [
      `  ${FIGURE_LABELS[r.key] ?? r.key}`,
      r.forecast ? formatQuantity(r.forecast.value, r.unit) : "not forecast",
      r.forecast
        ? `${formatQuantity(r.forecast.p5, r.unit)} – ${formatQuantity(r.forecast.p95, r.unit)}`
        : "",
      formatQuantity(r.actual, r.unit),
      r.relativeError === undefined
        ? "—"
        : `${r.relativeError >= 0 ? "+" : ""}${(r.relativeError * 100).toFixed(1)}%`,
      r.forecast ? (r.withinInterval ? "yes" : "no") : "—",
    ]),
  ];
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length))) ?? [];
  const lines = cells.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  const bases = rows.map((r) => `  ${FIGURE_LABELS[r.key] ?? r.key}: ${r.basis}`);
  return `\nForecast vs actual\n${lines.join("\n")}\nHow each actual was measured\n${bases.join("\n")}\n`;
}
