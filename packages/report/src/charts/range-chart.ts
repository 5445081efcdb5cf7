import { PALETTE, px, svgOpen, svgText } from "./svg.js";

/** One bar with its uncertainty: the likely value and the p5-p95 interval, in one unit. */
export interface RangeBar {
  label: string;
  value: number;
  p5: number;
  p95: number;
  /** Text printed beside the bar, e.g. "7.86 TWh". */
  valueText: string;
}

/**
 * Horizontal bars with error bars from p5 to p95, on a shared linear axis from zero.
 * Used for scenarios (energy, carbon, cost and time side by side).
 */
export function rangeChart(title: string, bars: RangeBar[], width = 640): string {
  const labelWidth = 170;
  const textWidth = 110;
  const row = 26;
  const height = bars.length * row + 30;
  const max = Math.max(...bars.map((b) => Math.max(b.p95, b.value)), Number.MIN_VALUE);
  const plot = width - labelWidth - textWidth - 10;
  const x = (v: number) => labelWidth + (Math.max(v, 0) / max) * plot;
  const parts = [svgOpen(width, height, title)];
  bars.forEach((bar, i) => {
    const y = 12 + i * row;
    parts.push(
      svgText(labelWidth - 8, y + 13, bar.label, `text-anchor="end" fill="${PALETTE.ink}"`),
      `<rect x="${labelWidth}" y="${px(y + 4)}" width="${px(x(bar.value) - labelWidth)}" height="14" fill="${PALETTE.barLight}"/>`,
      `<line x1="${px(x(bar.p5))}" x2="${px(x(bar.p95))}" y1="${px(y + 11)}" y2="${px(y + 11)}" stroke="${PALETTE.ink}" stroke-width="1.5"/>`,
      `<line x1="${px(x(bar.p5))}" x2="${px(x(bar.p5))}" y1="${px(y + 6)}" y2="${px(y + 16)}" stroke="${PALETTE.ink}"/>`,
      `<line x1="${px(x(bar.p95))}" x2="${px(x(bar.p95))}" y1="${px(y + 6)}" y2="${px(y + 16)}" stroke="${PALETTE.ink}"/>`,
      svgText(width - textWidth + 4, y + 13, bar.valueText, `fill="${PALETTE.ink}"`),
    );
  });
  parts.push(
    `<line x1="${labelWidth}" x2="${labelWidth}" y1="8" y2="${height - 18}" stroke="${PALETTE.muted}"/>`,
    svgText(
      labelWidth,
      height - 4,
      "bars: median; whiskers: p5 to p95",
      `fill="${PALETTE.muted}" font-size="9"`,
    ),
    "</svg>",
  );
  return parts.join("");
}
