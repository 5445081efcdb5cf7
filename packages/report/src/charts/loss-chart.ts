import { type Box, lineBoxes, niceTicks, placeLabel } from "./labels.js";
import { PALETTE, px, svgOpen, svgText } from "./svg.js";

/** A point on the loss-against-compute chart. */
export interface LossPoint {
  flops: number;
  loss: number;
  label: string;
}

/**
 * Predicted loss against training compute on a log axis: the compute-optimal frontier as a line,
 * the proposal (and its scenarios) as marked points.
 */
export function lossChart(
  title: string,
  frontier: LossPoint[],
  points: LossPoint[],
  width = 640,
  height = 260,
): string {
  const left = 56;
  const right = 20;
  const top = 12;
  const bottom = 40;
  const all = [...frontier, ...points];
  const minX = Math.floor(Math.log10(Math.min(...all.map((p) => p.flops))));
  const maxX = Math.ceil(Math.log10(Math.max(...all.map((p) => p.flops))));
  const minY = Math.min(...all.map((p) => p.loss));
  const maxY = Math.max(...all.map((p) => p.loss));
  const padY = (maxY - minY) * 0.1 || 0.1;
  const x = (f: number) =>
    left + ((Math.log10(f) - minX) / (maxX - minX || 1)) * (width - left - right);
  const y = (l: number) =>
    top + ((maxY + padY - l) / (maxY - minY + 2 * padY)) * (height - top - bottom);
  const parts = [svgOpen(width, height, title)];
  for (let e = minX; e <= maxX; e++) {
    parts.push(
      `<line x1="${px(x(10 ** e))}" x2="${px(x(10 ** e))}" y1="${top}" y2="${height - bottom}" stroke="${PALETTE.grid}"/>`,
      svgText(
        x(10 ** e),
        height - bottom + 14,
        `1e${e}`,
        `text-anchor="middle" fill="${PALETTE.muted}" font-size="9"`,
      ),
    );
  }
  const ticks = niceTicks(minY - padY, maxY + padY);
  const decimals = Math.max(0, -Math.floor(Math.log10((ticks[1] ?? 1) - (ticks[0] ?? 0)) + 1e-9));
  for (const tick of ticks) {
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="${PALETTE.grid}"/>`,
      svgText(
        left - 6,
        y(tick) + 3,
        tick.toFixed(decimals),
        `text-anchor="end" fill="${PALETTE.muted}" font-size="9"`,
      ),
    );
  }
  const path = frontier
    .map((p, i) => `${i === 0 ? "M" : "L"}${px(x(p.flops))},${px(y(p.loss))}`)
    .join(" ");
  parts.push(`<path d="${path}" fill="none" stroke="${PALETTE.bar}" stroke-width="2"/>`);
  // Dots and the line first, so no label covers them; then each label where it overlaps nothing
  // placed.
  const taken: Box[] = points.map((p) => {
    const cx = x(p.flops);
    const cy = y(p.loss);
    return { x1: cx - 5, x2: cx + 5, y1: cy - 5, y2: cy + 5 };
  });
  frontier.forEach((p, i) => {
    const next = frontier[i + 1];
    if (next) taken.push(...lineBoxes(x(p.flops), y(p.loss), x(next.flops), y(next.loss)));
  });
  const bounds = { left, right: width - right, top, bottom: height - bottom };
  points.forEach((p, i) => {
    const colour = i === 0 ? PALETTE.accent : PALETTE.ink;
    parts.push(`<circle cx="${px(x(p.flops))}" cy="${px(y(p.loss))}" r="4.5" fill="${colour}"/>`);
    const at = placeLabel(x(p.flops), y(p.loss), p.label, taken, bounds, { size: 10 });
    if (at)
      parts.push(
        svgText(at.x, at.y, p.label, `text-anchor="${at.anchor}" fill="${colour}" font-size="10"`),
      );
  });
  parts.push(
    svgText(
      (left + width - right) / 2,
      height - 8,
      "training compute (FLOP, log scale); line: compute-optimal loss",
      `text-anchor="middle" fill="${PALETTE.ink}" font-size="10"`,
    ),
    svgText(
      12,
      (top + height - bottom) / 2,
      "loss (nats/token)",
      `text-anchor="middle" fill="${PALETTE.ink}" font-size="10" transform="rotate(-90 12 ${(top + height - bottom) / 2})"`,
    ),
    "</svg>",
  );
  return parts.join("");
}
