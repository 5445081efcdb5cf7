/** A label's box on the chart, to keep labels apart. */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A label's font: size in px and weight. */
export interface LabelFont {
  size: number;
  bold?: boolean;
}

/**
 * Width of a label in px, from DejaVu Sans's advance widths: about 0.6 em per character on
 * average (capitals and digits are wider than lower case), 0.68 em in bold; a slight overestimate
 * so placed labels keep a little air between them.
 */
export function labelWidth(label: string, font: LabelFont): number {
  return label.length * font.size * (font.bold ? 0.68 : 0.6);
}

/** Boxes that cover a straight line from (x1, y1) to (x2, y2), so labels can keep off it. */
export function lineBoxes(x1: number, y1: number, x2: number, y2: number, step = 3): Box[] {
  const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / step));
  return Array.from({ length: n + 1 }, (_, i) => {
    const x = x1 + ((x2 - x1) * i) / n;
    const y = y1 + ((y2 - y1) * i) / n;
    return { x1: x - 1.5, x2: x + 1.5, y1: y - 1.5, y2: y + 1.5 };
  });
}

/**
 * Places a label right of its point (left of it near the right edge, or when the right is taken),
 * `gap` px from the point's centre, nudged up or down until it overlaps no label, point or line
 * already placed; a label with no free place is left out.
 */
export function placeLabel(
  cx: number,
  cy: number,
  label: string,
  taken: Box[],
  bounds: { left: number; right: number; top: number; bottom: number },
  font: LabelFont = { size: 9 },
  gap = 6,
): { x: number; y: number; anchor: "start" | "end" } | undefined {
  const width = labelWidth(label, font);
  const preferred = cx + gap + width > bounds.right ? "end" : "start";
  const anchors = preferred === "start" ? (["start", "end"] as const) : (["end"] as const);
  for (const dy of [0, -10, 10, -20, 20, -30, 30, -40, 40]) {
    for (const anchor of anchors) {
      const y = cy + font.size / 3 + dy;
      const x = anchor === "start" ? cx + gap : cx - gap;
      const box = {
        x1: anchor === "start" ? x : x - width,
        x2: anchor === "start" ? x + width : x,
        y1: y - font.size * 0.8,
        y2: y + font.size * 0.2,
      };
      if (box.y1 < bounds.top || box.y2 > bounds.bottom || box.x1 < bounds.left) continue;
      if (box.x2 > bounds.right) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      return { x, y, anchor };
    }
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
