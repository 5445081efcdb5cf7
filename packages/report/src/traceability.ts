import {
  type Estimate,
  FIGURE_LABELS,
  formatQuantity,
  median,
  withSeparators,
  withSignificantDigits,
} from "@forecard/core-estimates";
import type { Proposal } from "@forecard/schema";
import { type InputValue, inputValue, likelyOf } from "./input-value.js";

/** One backtest comparison, as `runBacktest` of `@forecard/core-estimates` returns it. */
export interface CalibrationRow {
  tier: string;
  figure: string;
  published: number;
  estimated: number;
  relativeError: number;
  /** When the backtest records the forecast's range: its 5th and 95th percentiles. */
  p5?: number;
  p95?: number;
}

// Large or small numbers as 3e14 rather than 300000000000000, so a reader can key them in.
function plain(n: number): string {
  if (n !== 0 && (Math.abs(n) >= 1e6 || Math.abs(n) < 1e-3))
    return n
      .toExponential(3)
      .replace(/\.?0+e/, "e")
      .replace("e+", "e");
  // Four significant digits whatever the magnitude: 0.0407 kg/kWh must not print as 0.041.
  return withSignificantDigits(n, 4);
}

// An input as given, every digit kept (131072 stays 131,072; 6738417664 reads 6.738417664e9),
// so the appendix matches the proposal file.
function exact(n: number): string {
  if (n !== 0 && (Math.abs(n) >= 1e6 || Math.abs(n) < 1e-3))
    return n.toExponential().replace("e+", "e");
  return withSeparators(n, 12);
}

/**
 * An input's value as text, each number written by `digits`: {@link exact} for the proposal's own
 * inputs, {@link plain} for defaults, which are computed (a catalog value times a spread) and would
 * otherwise show the float's every digit (0.3140495).
 */
function valueText(value: unknown, digits: (n: number) => string): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return digits(value);
  if (value && typeof value === "object") {
    const r = value as { low?: unknown; likely?: unknown; high?: unknown };
    if (typeof r.likely === "number")
      return `${digits(r.likely)} (range ${digits(Number(r.low))} – ${digits(Number(r.high))})`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** One input of the estimate with its value, origin and sources. */
export interface TracedInput {
  path: string;
  value: string;
  origin: string;
  sources: string;
}

function leaves(value: unknown, path: string, out: string[]): void {
  if (value === null || value === undefined) return;
  if (typeof value === "object" && !Array.isArray(value) && !("likely" in value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}.${key}`, out);
    return;
  }
  if (typeof value === "number" || (typeof value === "object" && "likely" in value)) out.push(path);
  else if (typeof value === "string" && path !== "model.name") out.push(path);
}

/**
 * Every input a reader needs to redo the arithmetic: the proposal's numeric and catalog fields
 * (architecture, training, datacenter, cost, inference) and every default the estimate assumed.
 */
export function tracedInputs(
  proposal: Proposal,
  estimate: Estimate,
  file: string,
  date: string,
): TracedInput[] {
  const paths: string[] = [];
  for (const section of ["architecture", "training", "datacenter", "cost", "inference"] as const)
    leaves(proposal[section], section, paths);
  const own = paths.map((path) => {
    const found = inputValue(proposal, estimate, file, path) as InputValue;
    return {
      path,
      value: valueText(found.value, exact),
      origin: "proposal",
      sources: `${file}, as of ${date}`,
    };
  });
  // A figure the estimate could not compute is listed among assumptions with no value; it is not
  // an input, so the inputs table leaves it out.
  const defaults = estimate.assumptions
    .filter((a) => a.value !== null)
    .map((a) => ({
      path: a.path,
      value: valueText(a.value, plain),
      origin: "default",
      sources: `${a.note}. ${a.sources.join("; ")}`,
    }));
  return [...own, ...defaults];
}

/** A headline figure's formula with the numbers substituted. */
export interface SubstitutedFormula {
  key: string;
  label: string;
  formula: string;
  substituted: string;
  result: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * For each headline figure, its formula with each input the figure names (and each other figure
 * the formula mentions) replaced by its value at the likely inputs, and the result at those same
 * inputs, so the arithmetic can be redone by hand; the headline median is given beside it.
 */
export function substitutedFormulas(
  proposal: Proposal,
  estimate: Estimate,
  file: string,
  keys: readonly string[],
): SubstitutedFormula[] {
  return keys.flatMap((key) => {
    const figure = estimate.figures[key];
    if (!figure) return [];
    let substituted = figure.formula;
    const unmatched: string[] = [];
    const named = [
      ...figure.inputs,
      ...Object.keys(estimate.figures).filter(
        (other) => other !== key && !figure.inputs.includes(other),
      ),
    ];
    for (const input of named) {
      const mentioned = !figure.inputs.includes(input);
      const found = inputValue(proposal, estimate, file, input);
      const likely = found ? (found.likely ?? likelyOf(found.value)) : undefined;
      if (likely === undefined) continue;
      const unit = estimate.figures[input]?.unit;
      const text = `${plain(likely)}${unit && unit !== "ratio" ? ` ${unit}` : ""}`;
      const last = input.split(".").at(-1) ?? input;
      // Another figure is matched by its full key only: its last segment may be a common word.
      const names = mentioned
        ? escapeRegExp(input)
        : `${escapeRegExp(input)}|${escapeRegExp(last)}`;
      const pattern = new RegExp(`(?<![\\w.])(${names})(?![\\w])`, "g");
      if (pattern.test(substituted)) substituted = substituted.replace(pattern, `[${text}]`);
      else if (!mentioned) unmatched.push(`${input} = ${text}`);
    }
    if (unmatched.length > 0) substituted += `, with ${unmatched.join(", ")}`;
    const atLikely = `${plain(figure.likely)} ${figure.unit} (${formatQuantity(figure.likely, figure.unit)})`;
    return [
      {
        key,
        label: FIGURE_LABELS[key] ?? key,
        formula: figure.formula,
        substituted,
        result:
          figure.likely === figure.value
            ? atLikely
            : `${atLikely} at the likely inputs; headline (Monte Carlo median) ${formatQuantity(figure.value, figure.unit)}`,
      },
    ];
  });
}

/** One line of the calibration box: how far the backtest's estimates fell from published figures. */
export interface CalibrationLine {
  tier: string;
  figure: string;
  runs: number;
  medianError: string;
  largestError: string;
  coverage: string;
}

/**
 * Summarises the backtest per tier and figure: median and largest absolute relative error, and the
 * share of published values inside the forecast's p5–p95 range when the backtest records ranges.
 */
export function calibrationBox(rows: readonly CalibrationRow[]): CalibrationLine[] {
  const groups = new Map<string, CalibrationRow[]>();
  for (const row of rows) {
    const key = `${row.tier}\u0000${row.figure}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const errors = group.map((r) => Math.abs(r.relativeError) * 100);
    // The accounting tier replays published inputs, so its p5 and p95 coincide: no range to cover.
    const ranged = group.filter(
      (r) => r.p5 !== undefined && r.p95 !== undefined && r.p95 > r.p5 * (1 + 1e-9),
    );
    const inside = ranged.filter(
      (r) => (r.p5 as number) <= r.published && r.published <= (r.p95 as number),
    );
    const first = group[0] as CalibrationRow;
    return {
      tier: first.tier,
      figure: FIGURE_LABELS[first.figure] ?? first.figure,
      runs: group.length,
      medianError: `${median(errors).toFixed(1)}%`,
      largestError: `${Math.max(...errors).toFixed(1)}%`,
      coverage:
        ranged.length === 0
          ? "no range (published inputs replayed)"
          : `${inside.length} of ${ranged.length} inside p5–p95`,
    };
  });
}
