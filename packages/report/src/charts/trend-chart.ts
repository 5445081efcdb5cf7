import { PALETTE, px, svgOpen, svgText } from "./svg.js";

/** A model on the trend chart. */
export interface TrendPoint {
  year: number;
  value: number;
  label: string;
}

/**
 * Parameters (or compute) against year on a log scale: catalog models as dots, the least-squares
 * line, and the proposal highlighted.
 */
export function trendChart(
  title: string,
  points: TrendPoint[],
  proposal: TrendPoint,
  line: { slope: number; intercept: number; xCentre: number },
  width = 640,
  height = 280,
): string {
  const left = 56;
  const right = 24;
  const top = 14;
  const bottom = 36;
  const years = [...points.map((p) => p.year), proposal.year];
  const minX = Math.min(...years) - 1;
  const maxX = Math.max(...years) + 1;
  const logs = [...points.map((p) => Math.log10(p.value)), Math.log10(proposal.value)];
  const minY = Math.floor(Math.min(...logs));
  const maxY = Math.ceil(Math.max(...logs));
  const x = (year: number) => left + ((year - minX) / (maxX - minX)) * (width - left - right);
  const y = (log: number) => top + ((maxY - log) / (maxY - minY || 1)) * (height - top - bottom);
  const parts = [svgOpen(width, height, title)];
  for (let e = minY; e <= maxY; e++) {
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${px(y(e))}" y2="${px(y(e))}" stroke="${PALETTE.grid}"/>`,
      svgText(
        left - 6,
        y(e) + 3,
        `1e${e}`,
        `text-anchor="end" fill="${PALETTE.muted}" font-size="9"`,
      ),
    );
  }
  for (
    let year = Math.ceil(minX);
    year <= maxX;
    year += Math.max(1, Math.round((maxX - minX) / 10))
  ) {
    parts.push(
      svgText(
        x(year),
        height - bottom + 14,
        String(year),
        `text-anchor="middle" fill="${PALETTE.muted}" font-size="9"`,
      ),
    );
  }
  const trendAt = (year: number) => line.intercept + line.slope * (year - line.xCentre);
  parts.push(
    `<line x1="${px(x(minX))}" y1="${px(y(trendAt(minX)))}" x2="${px(x(maxX))}" y2="${px(y(trendAt(maxX)))}" stroke="${PALETTE.bar}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
  );
  for (const p of points) {
    parts.push(
      `<circle cx="${px(x(p.year))}" cy="${px(y(Math.log10(p.value)))}" r="3" fill="${PALETTE.ink}" fill-opacity="0.55"/>`,
    );
  }
  parts.push(
    `<circle cx="${px(x(proposal.year))}" cy="${px(y(Math.log10(proposal.value)))}" r="6" fill="${PALETTE.accent}"/>`,
    svgText(
      x(proposal.year) - 9,
      y(Math.log10(proposal.value)) + 4,
      proposal.label,
      `text-anchor="end" fill="${PALETTE.accent}" font-size="10" font-weight="bold"`,
    ),
    svgText(
      (left + width - right) / 2,
      height - 6,
      "publication year; dashed: least-squares trend over the catalog",
      `text-anchor="middle" fill="${PALETTE.ink}" font-size="10"`,
    ),
    "</svg>",
  );
  return parts.join("");
}
