import {
  type Estimate,
  FIGURE_LABELS,
  FIGURE_SECTIONS,
  type Figure,
  formatFigure,
  formatQuantity,
  SCENARIO_HEADLINES,
  type ScenarioEstimate,
  withSeparators,
} from "@forecard/core-estimates";

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

/** Renders an estimate as a readable text table: human units, p5–p95 beside each figure. */
export function renderEstimate(
  title: string,
  estimate: Estimate,
  samples: number,
  seed: number,
): string {
  const lines = [
    title,
    `Monte Carlo: ${withSeparators(samples)} samples, seed ${seed}; ranges are p5 – p95.`,
  ];
  // One table across all sections keeps the columns aligned; headings are rows of their own.
  const rows: string[][] = [];
  for (const [heading, keys] of FIGURE_SECTIONS) {
    const section = keys.flatMap((key) => {
      const figure = estimate.figures[key];
      if (!figure) return [];
      const { value, range } = formatFigure(figure);
      return [[`  ${FIGURE_LABELS[key] ?? key}`, value, range]];
    });
    if (section.length > 0) rows.push([""], [heading], ...section);
  }
  const widths = [0, 1, 2].map((i) =>
    Math.max(...rows.filter((r) => r.length > 1).map((r) => (r[i] ?? "").length)),
  );
  for (const row of rows) {
    lines.push(
      row.length === 1
        ? (row[0] ?? "")
        : row
            .map((cell, i) => cell.padEnd(widths[i] ?? 0))
            .join("  ")
            .trimEnd(),
    );
  }
  if (estimate.warnings.length > 0) {
    lines.push("", "Warnings");
    for (const w of estimate.warnings)
      lines.push(`  ! ${w.code}${w.path ? ` (${w.path})` : ""}: ${w.message}`);
  }
  const absent = estimate.assumptions.filter(
    (a) => a.value === null && a.note.startsWith("not estimated"),
  );
  if (absent.length > 0) {
    lines.push("", "Not estimated (the proposal lacks what each needs)");
    for (const a of absent)
      lines.push(`  ${FIGURE_LABELS[a.path] ?? a.path}: ${a.note.replace(/^not estimated: /, "")}`);
  }
  const defaults = estimate.assumptions.length - absent.length;
  lines.push(
    "",
    `${defaults} defaults applied. --json lists every assumption, formula and source.`,
  );
  return `${lines.join("\n")}\n`;
}

function delta(base: Figure | undefined, other: Figure | undefined): string {
  if (!base || !other || base.value === 0) return "";
  const percent = ((other.value - base.value) / base.value) * 100;
  if (Math.abs(percent) < 0.05) return "(=)";
  if (percent >= 100) return `(x${Number((other.value / base.value).toPrecision(3))})`;
  return `(${percent > 0 ? "+" : ""}${percent.toFixed(Math.abs(percent) < 10 ? 1 : 0)}%)`;
}

/** Renders the headline figures of the base and each scenario side by side, with deltas. */
export function renderScenarios(base: Estimate, scenarios: ScenarioEstimate[]): string {
  const header = ["", "base", ...scenarios.map((s) => s.name)];
  const rows = SCENARIO_HEADLINES.flatMap((key) => {
    const figure = base.figures[key];
    if (!figure && scenarios.every((s) => !s.figures[key])) return [];
    const unit = figure?.unit ?? scenarios.find((s) => s.figures[key])?.figures[key]?.unit ?? "";
    return [
      [
        FIGURE_LABELS[key] ?? key,
        figure ? formatQuantity(figure.value, unit) : "—",
        ...scenarios.map((s) => {
          const other = s.figures[key];
          return other
            ? `${formatQuantity(other.value, unit)} ${delta(figure, other)}`.trim()
            : "—";
        }),
      ],
    ];
  });
  const lines = [
    "",
    "Scenarios (medians; change against the base in brackets)",
    ...table([header, ...rows]).map((l) => `  ${l}`),
  ];
  for (const s of scenarios) if (s.description) lines.push(`  ${s.name}: ${s.description}`);
  return `${lines.join("\n")}\n`;
}
