/** A label's box on the chart, to keep labels apart. */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Places a label right of (or, near the right edge, left of) its point, nudged up or down until it
 * overlaps no label or point already placed; a label with no free place is left out.
 */
export function placeLabel(
  cx: number,
  cy: number,
  label: string,
  taken: Box[],
  bounds: { left: number; right: number; top: number; bottom: number },
): { x: number; y: number; anchor: "start" | "end" } | undefined {
  const width = label.length * 5.2;
  const anchor = cx + 6 + width > bounds.right ? "end" : "start";
  for (const dy of [0, -10, 10, -20, 20, -30, 30]) {
    const y = cy + 3 + dy;
    const x = anchor === "start" ? cx + 6 : cx - 6;
    const box = {
      x1: anchor === "start" ? x : x - width,
      x2: anchor === "start" ? x + width : x,
      y1: y - 8,
      y2: y + 1,
    };
    if (box.y1 < bounds.top || box.y2 > bounds.bottom || box.x1 < bounds.left) continue;
    if (taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    return { x, y, anchor };
  }
  return undefined;
}

/**
 * Round tick values for a linear axis: steps of 1, 2 or 5 times a power of ten, giving three to
 * six ticks between `low` and `high`.
 */
export function niceTicks(low: number, high: number): number[] {
  const span = high - low || Math.abs(high) || 1;
  let step = 10 ** Math.floor(Math.log10(span));
  for (const factor of [0.1, 0.2, 0.5, 1]) {
    if (span / (step * factor) <= 6) {
      step *= factor;
      break;
    }
  }
  const ticks: number[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step)
    ticks.push(Number(t.toPrecision(12)));
  return ticks;
}
