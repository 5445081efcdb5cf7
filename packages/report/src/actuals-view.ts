import {
  type Estimate,
  FIGURE_LABELS,
  formatFigure,
  formatQuantity,
} from "@forecard/core-estimates";
import type { Proposal } from "@forecard/schema";
import { forecastActualChart } from "./charts/forecast-actual-chart.js";

const signed = (ratio: number) => `${ratio >= 0 ? "+" : "−"}${Math.abs(ratio * 100).toFixed(0)}%`;

function measurementLine(m: NonNullable<NonNullable<Proposal["actuals"]>["measurements"]>[number]) {
  if (m.kind === "codecarbon")
    return `${m.file} (CodeCarbon, SHA-256 ${m.sha256}): ${m.runs.length} runs, ${formatQuantity(m.energyKWh / 1000, "MWh")} with CodeCarbon's PUE ${(m.pue ?? []).join(", ") || "(not recorded)"}, ${formatQuantity(m.emissionsKg / 1000, "tCO2e")} with CodeCarbon's grid data${m.countries?.length ? ` (${m.countries.join(", ")})` : ""}`;
  return `${m.file} (power log, SHA-256 ${m.sha256}): ${m.series} series, ${formatQuantity(m.energyKWh / 1000, "MWh")} at the logged boundary over ${formatQuantity(m.coveredHours, "h")}; ${m.gapCount} gaps (${formatQuantity(m.gapSeconds / 3600, "h")}) not integrated, ${m.clockJumpCount} clock jumps`;
}

/**
 * The "Forecast vs actual" view: one row per measured figure with forecast, p5–p95, actual and
 * error, a chart, and the imported files; null when the proposal records no actuals. Pure.
 */
export function actualsView(proposal: Proposal, estimate: Estimate) {
  const rows = estimate.actuals;
  if (!proposal.actuals || !rows) return null;
  const actuals = proposal.actuals;
  const table = rows.map((r) => {
    const forecast = r.forecast && formatFigure({ ...r.forecast, unit: r.unit });
    return {
      label: FIGURE_LABELS[r.key] ?? r.key,
      forecast: forecast ? forecast.value : "not forecast",
      range: forecast ? forecast.range : "",
      actual: formatQuantity(r.actual, r.unit),
      error: r.relativeError === undefined ? "—" : signed(r.relativeError),
      inside: r.forecast ? (r.withinInterval ? "yes" : "no") : "—",
      basis: r.basis,
    };
  });
  const charted = rows.flatMap((r) =>
    r.forecast && r.forecast.value > 0
      ? [
          {
            label: FIGURE_LABELS[r.key] ?? r.key,
            lowRatio: r.forecast.p5 / r.forecast.value,
            highRatio: r.forecast.p95 / r.forecast.value,
            actualRatio: r.actual / r.forecast.value,
            note: `actual ${signed(r.relativeError ?? 0)}`,
          },
        ]
      : [],
  );
  const title = "Forecast (p5–p95) and actual, as ratios to the forecast";
  return {
    period: [actuals.start, actuals.end].filter(Boolean).join(" to "),
    rows: table,
    chart: charted.length ? forecastActualChart(title, charted) : "",
    chartTitle: title,
    measurements: (actuals.measurements ?? []).map(measurementLine),
    inside: rows.filter((r) => r.withinInterval).length,
    total: rows.length,
  };
}
