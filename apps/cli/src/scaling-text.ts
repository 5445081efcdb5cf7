import {
  COMPARISON_ENERGY_BOUNDARY,
  type ComparisonRow,
  MIN_TREND_R2,
  type Rank,
  TREND_CAVEATS,
  type TrendFit,
  withSignificantDigits,
} from "@forecard/core-estimates";

const times = (ratio: number | undefined) =>
  ratio === undefined ? "—" : `x${withSignificantDigits(ratio, 3)}`;

/**
 * The comparison with known models as a text table.
 * @param subject - what to call the model: "this proposal", "this run" or "this model".
 */
export function renderComparison(
  rows: ComparisonRow[],
  ranks: Rank[],
  subject = "this proposal",
): string {
  if (rows.every((r) => Object.keys(r.ratios).length === 0)) return "";
  const header = ["", "parameters", "compute", "energy", "carbon"];
  const body = rows.map((r) => [
    `${r.name} (${r.year})`,
    times(r.ratios.parameters),
    times(r.ratios["training compute"]),
    times(r.ratios["training energy"]),
    times(r.ratios["operational carbon"]),
  ]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  const lines = [
    "",
    `Compared with known models (${subject} ÷ the known model)`,
    ...all.map(
      (row) =>
        `  ${row
          .map((c, i) => c.padEnd(widths[i] ?? 0))
          .join("  ")
          .trimEnd()}`,
    ),
  ];
  if (rows.some((r) => r.energy))
    lines.push(`  Energy on one boundary: ${COMPARISON_ENERGY_BOUNDARY}`);
  for (const r of rows) {
    const e = r.energy;
    if (e?.boundary === "it")
      lines.push(
        `  ${r.name}: ${e.publishedMWh} MWh published without PUE, x PUE ${e.pue} = ${Number(e.facilityMWh.toPrecision(4))} MWh (${e.pueSource})`,
      );
  }
  if (ranks.length)
    lines.push(
      `  Rank among the catalog: ${ranks.map((r) => `${r.metric} ${r.rank} of ${r.of}`).join("; ")}`,
    );
  return `${lines.join("\n")}\n`;
}

const reach = (t: TrendFit, subject: string) =>
  t.reachYear === undefined
    ? `does not reach ${subject} by 2200`
    : `reaches ${subject} in ${t.reachYear} (95% prediction interval ${t.reachYearEarliest ?? "never"} to ${t.reachYearLatest ?? "after 2200"})`;

/**
 * The trend extrapolation with its caveats; a fit below {@link MIN_TREND_R2} states no rate or year.
 * @param subject - what to call the model: "this proposal", "this run" or "this model".
 */
export function renderTrends(trends: TrendFit[], subject = "this proposal"): string {
  if (trends.length === 0) return "";
  const lines = ["", "Historical trend (log10 against year, over the reference catalog)"];
  for (const t of trends) {
    const fit = `  ${t.quantity}, ${t.kind} fit (n=${t.n}, R²=${t.r2.toFixed(2)}`;
    if (t.r2 < MIN_TREND_R2) {
      lines.push(`${fit}): too weak a fit to state a growth rate or a year`);
      continue;
    }
    const doubling =
      t.doublingYears === undefined
        ? "not growing"
        : `doubling every ${t.doublingYears.toFixed(2)} years`;
    lines.push(`${fit}, ${doubling}): ${reach(t, subject)}`);
  }
  for (const caveat of TREND_CAVEATS) lines.push(`  caveat: ${caveat}`);
  return `${lines.join("\n")}\n`;
}
