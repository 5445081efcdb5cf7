/** Escapes text for SVG and HTML: user-provided labels never become markup. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Rounds a coordinate to 0.1 px so the SVG text is short and identical across runs. */
export function px(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

/** Colours shared by every chart (print-safe, distinguishable in greyscale). */
export const PALETTE = {
  ink: "#1f2933",
  muted: "#616e7c",
  grid: "#d9e2ec",
  bar: "#3e7cb1",
  barLight: "#9fc2e0",
  accent: "#c0392b",
  low: "#8fd19e",
  medium: "#f6c26b",
  high: "#e07a5f",
} as const;

/** Opens an SVG element of the given size with a title for screen readers. */
export function svgOpen(width: number, height: number, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" font-family="DejaVu Sans, sans-serif" font-size="11"><title>${escapeXml(title)}</title>`;
}

/** A text element with escaped content. */
export function svgText(x: number, y: number, content: string, attributes = ""): string {
  return `<text x="${px(x)}" y="${px(y)}" ${attributes}>${escapeXml(content)}</text>`;
}
