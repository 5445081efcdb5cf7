import { type Box, lineBoxes, placeLabel } from "./labels.js";
import { PALETTE, px, svgOpen, svgText } from "./svg.js";

/** A model on the trend chart. */
export interface TrendPoint {
  year: number;
  value: number;
  label: string;
}

/**
 * Parameters (or compute) against year on a log scale: catalog models as dots (the named ones
 * labelled, labels never overlapping), the least-squares line with its R², and the proposal.
 */
export function trendChart(
  title: string,
  points: TrendPoint[],
  proposal: TrendPoint,
  line: { slope: number; intercept: number; xCentre: number; r2: number },
  labelled: ReadonlySet<string> = new Set(),
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
  const bounds = { left, right: width - right, top, bottom: height - bottom };
  const px0 = x(proposal.year);
  const py0 = y(Math.log10(proposal.value));
  // Points first, so labels avoid every dot; the proposal's label is placed before the others.
  const taken: Box[] = points.map((p) => {
    const cx = x(p.year);
    const cy = y(Math.log10(p.value));
    return { x1: cx - 3, x2: cx + 3, y1: cy - 3, y2: cy + 3 };
  });
  taken.push({ x1: px0 - 6, x2: px0 + 6, y1: py0 - 6, y2: py0 + 6 });
  // The trend line is an obstacle too: a label across it is hard to read.
  taken.push(...lineBoxes(x(minX), y(trendAt(minX)), x(maxX), y(trendAt(maxX))));
  for (const p of points) {
    parts.push(
      `<circle cx="${px(x(p.year))}" cy="${px(y(Math.log10(p.value)))}" r="3" fill="${PALETTE.ink}" fill-opacity="0.55"/>`,
    );
  }
  parts.push(`<circle cx="${px(px0)}" cy="${px(py0)}" r="6" fill="${PALETTE.accent}"/>`);
  const own = placeLabel(px0, py0, proposal.label, taken, bounds, { size: 10, bold: true }, 9);
  if (own)
    parts.push(
      svgText(
        own.x,
        own.y,
        proposal.label,
        `text-anchor="${own.anchor}" fill="${PALETTE.accent}" font-size="10" font-weight="bold"`,
      ),
    );
  for (const p of points.filter((q) => labelled.has(q.label))) {
    const at = placeLabel(x(p.year), y(Math.log10(p.value)), p.label, taken, bounds);
    if (at)
      parts.push(
        svgText(
          at.x,
          at.y,
          p.label,
          `text-anchor="${at.anchor}" fill="${PALETTE.ink}" font-size="9"`,
        ),
      );
  }
  parts.push(
    svgText(
      (left + width - right) / 2,
      height - 6,
      `publication year; dashed: least-squares trend over the catalog (R² = ${line.r2.toFixed(2)})`,
      `text-anchor="middle" fill="${PALETTE.ink}" font-size="10"`,
    ),
    "</svg>",
  );
  return parts.join("");
}
