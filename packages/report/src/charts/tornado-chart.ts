import { PALETTE, px, svgOpen, svgText } from "./svg.js";

/** One input's swing of a figure: the figure at the input's low and high ends. */
export interface TornadoBar {
  label: string;
  atLow: number;
  atHigh: number;
  lowText: string;
  highText: string;
}

/**
 * A tornado chart: one bar per input from the figure at the input's low to its high end, around
 * the likely value (the vertical line), largest swing first.
 */
export function tornadoChart(
  title: string,
  likely: number,
  likelyText: string,
  bars: TornadoBar[],
  width = 640,
): string {
  const labelWidth = 200;
  const row = 24;
  const height = bars.length * row + 44;
  const values = bars.flatMap((b) => [b.atLow, b.atHigh]).concat(likely);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const plotLeft = labelWidth + 70;
  const plot = width - plotLeft - 80;
  const x = (v: number) => plotLeft + ((v - min) / span) * plot;
  const parts = [svgOpen(width, height, title)];
  bars.forEach((bar, i) => {
    const y = 10 + i * row;
    const left = Math.min(bar.atLow, bar.atHigh);
    const right = Math.max(bar.atLow, bar.atHigh);
    const lowIsLeft = bar.atLow <= bar.atHigh;
    parts.push(
      svgText(labelWidth - 6, y + 13, bar.label, `text-anchor="end" fill="${PALETTE.ink}"`),
      `<rect x="${px(x(left))}" y="${px(y + 3)}" width="${px(Math.max(x(right) - x(left), 1))}" height="14" fill="${PALETTE.bar}"/>`,
      svgText(
        x(left) - 4,
        y + 13,
        lowIsLeft ? bar.lowText : bar.highText,
        `text-anchor="end" fill="${PALETTE.muted}" font-size="9"`,
      ),
      svgText(
        x(right) + 4,
        y + 13,
        lowIsLeft ? bar.highText : bar.lowText,
        `fill="${PALETTE.muted}" font-size="9"`,
      ),
    );
  });
  const lx = x(likely);
  parts.push(
    `<line x1="${px(lx)}" x2="${px(lx)}" y1="4" y2="${height - 26}" stroke="${PALETTE.accent}" stroke-width="1.5"/>`,
    svgText(
      lx,
      height - 14,
      `likely: ${likelyText}`,
      `text-anchor="middle" fill="${PALETTE.accent}" font-size="10"`,
    ),
    svgText(
      4,
      height - 2,
      "each input moved alone from its low to its high end",
      `fill="${PALETTE.muted}" font-size="9"`,
    ),
    "</svg>",
  );
  return parts.join("");
}
