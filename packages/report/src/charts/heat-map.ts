import { PALETTE, svgOpen, svgText } from "./svg.js";

/**
 * The 5 x 5 risk matrix with the number of items in each cell: likelihood across, severity up,
 * cells coloured by level (score >= 15 high, >= 5 medium, else low).
 * @param counts - counts[likelihood - 1][severity - 1].
 */
export function heatMap(
  title: string,
  counts: number[][],
  thresholds: { high: number; medium: number },
): string {
  const cell = 44;
  const left = 70;
  const top = 10;
  const width = left + cell * 5 + 20;
  const height = top + cell * 5 + 50;
  const parts = [svgOpen(width, height, title)];
  for (let l = 1; l <= 5; l++) {
    for (let s = 1; s <= 5; s++) {
      const score = l * s;
      const fill =
        score >= thresholds.high
          ? PALETTE.high
          : score >= thresholds.medium
            ? PALETTE.medium
            : PALETTE.low;
      const x = left + (l - 1) * cell;
      const y = top + (5 - s) * cell;
      const n = counts[l - 1]?.[s - 1] ?? 0;
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#ffffff" stroke-width="2"/>`,
      );
      if (n > 0)
        parts.push(
          svgText(
            x + cell / 2,
            y + cell / 2 + 5,
            String(n),
            `text-anchor="middle" font-size="15" font-weight="bold" fill="${PALETTE.ink}"`,
          ),
        );
    }
    parts.push(
      svgText(
        left + (l - 0.5) * cell,
        top + cell * 5 + 16,
        String(l),
        `text-anchor="middle" fill="${PALETTE.muted}"`,
      ),
    );
    parts.push(
      svgText(
        left - 8,
        top + (5 - l + 0.5) * cell + 4,
        String(l),
        `text-anchor="end" fill="${PALETTE.muted}"`,
      ),
    );
  }
  parts.push(
    svgText(
      left + cell * 2.5,
      height - 12,
      "likelihood",
      `text-anchor="middle" fill="${PALETTE.ink}"`,
    ),
    svgText(
      16,
      top + cell * 2.5,
      "severity",
      `text-anchor="middle" fill="${PALETTE.ink}" transform="rotate(-90 16 ${top + cell * 2.5})"`,
    ),
    "</svg>",
  );
  return parts.join("");
}
