import { PALETTE, px, svgOpen, svgText } from "./svg.js";

/** One figure's forecast interval and actual, as ratios to the forecast's likely value. */
export interface ForecastActualRow {
  label: string;
  /** p5 / likely and p95 / likely of the forecast. */
  lowRatio: number;
  highRatio: number;
  /** actual / likely. */
  actualRatio: number;
  /** Text beside the row, e.g. "actual −19%". */
  note: string;
}

/**
 * Forecast against actual on one axis for figures of different units: every figure is divided by
 * its forecast's likely value, so the forecast sits at 1 with its p5–p95 as a band, and the actual
 * is a dot. A dot outside the band is an actual the forecast's interval missed.
 */
export function forecastActualChart(title: string, rows: ForecastActualRow[], width = 640): string {
  const labelWidth = 230;
  const noteWidth = 90;
  const row = 26;
  const height = rows.length * row + 44;
  const top = Math.max(2, ...rows.map((r) => Math.max(r.highRatio, r.actualRatio) * 1.1));
  const plot = width - labelWidth - noteWidth - 10;
  const x = (ratio: number) => labelWidth + (Math.min(Math.max(ratio, 0), top) / top) * plot;
  const parts = [svgOpen(width, height, title)];
  const axisY = rows.length * row + 16;
  for (const tick of [0, 0.5, 1, 1.5, 2, 3, 4, 6, 8].filter((t) => t <= top)) {
    parts.push(
      `<line x1="${px(x(tick))}" x2="${px(x(tick))}" y1="8" y2="${axisY}" stroke="${tick === 1 ? PALETTE.muted : PALETTE.grid}"/>`,
      svgText(
        x(tick),
        axisY + 12,
        `×${tick}`,
        `text-anchor="middle" fill="${PALETTE.muted}" font-size="9"`,
      ),
    );
  }
  rows.forEach((r, i) => {
    const y = 12 + i * row;
    parts.push(
      svgText(labelWidth - 8, y + 13, r.label, `text-anchor="end" fill="${PALETTE.ink}"`),
      `<rect x="${px(x(r.lowRatio))}" y="${px(y + 4)}" width="${px(Math.max(x(r.highRatio) - x(r.lowRatio), 1))}" height="14" fill="${PALETTE.barLight}"/>`,
      `<line x1="${px(x(1))}" x2="${px(x(1))}" y1="${px(y + 2)}" y2="${px(y + 20)}" stroke="${PALETTE.bar}" stroke-width="2"/>`,
      `<circle cx="${px(x(r.actualRatio))}" cy="${px(y + 11)}" r="5" fill="${PALETTE.accent}"/>`,
      svgText(width - noteWidth + 4, y + 13, r.note, `fill="${PALETTE.ink}"`),
    );
  });
  parts.push(
    svgText(
      labelWidth,
      height - 4,
      "band: forecast p5–p95; line: forecast (×1); dot: actual; ratios to the forecast",
      `fill="${PALETTE.muted}" font-size="9"`,
    ),
    "</svg>",
  );
  return parts.join("");
}
