const SCALES: Record<string, [number, string][]> = {
  MWh: [
    [1e6, "TWh"],
    [1e3, "GWh"],
    [1, "MWh"],
    [1e-3, "kWh"],
    [1e-6, "Wh"],
  ],
  kWh: [
    [1e9, "TWh"],
    [1e6, "GWh"],
    [1e3, "MWh"],
    [1, "kWh"],
    [1e-3, "Wh"],
  ],
  tCO2e: [
    [1e6, "MtCO2e"],
    [1e3, "ktCO2e"],
    [1, "tCO2e"],
    [1e-3, "kgCO2e"],
  ],
  kL: [
    [1e6, "GL"],
    [1e3, "ML"],
    [1, "kL"],
    [1e-3, "L"],
  ],
  bytes: [
    [1e15, "PB"],
    [1e12, "TB"],
    [1e9, "GB"],
    [1e6, "MB"],
    [1e3, "kB"],
    [1, "B"],
  ],
};

const SUFFIXES: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "k"],
];

/**
 * Puts en-US thousands separators into a plain decimal numeral ("-1234567.5" to "-1,234,567.5");
 * anything else (exponent notation, Infinity) is returned unchanged. Intl would do the same but
 * costs about 25 ms on first use and 40 µs a call after, which a quick command like `check` feels.
 */
export function groupDigits(numeral: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(numeral);
  if (!match) return numeral;
  const [, sign, whole, fraction = ""] = match;
  return `${sign}${(whole as string).replace(/\B(?=(\d{3})+$)/g, ",")}${fraction}`;
}

/**
 * A number with en-US thousands separators and at most `maxFractionDigits` decimals, trailing
 * zeros dropped: what `toLocaleString("en-US")` prints (3 decimals by default), without Intl.
 */
export function withSeparators(value: number, maxFractionDigits = 3): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const fixed = value.toFixed(maxFractionDigits);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return groupDigits(trimmed === "-0" ? "0" : trimmed);
}

/**
 * A number rounded to `digits` significant digits, with en-US thousands separators and every
 * digit the rounding kept: `0.0407`, `1,230,000`, `78.1234`. Below 1e-6 or from 1e21 on, in
 * exponent form (`4.07e-7`).
 */
export function withSignificantDigits(value: number, digits: number): string {
  return significant(value, digits, 1e-6);
}

function significant(
  value: number,
  digits: number,
  exponentBelow = 1e-3,
  keepZeros = false,
): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const rounded = Number(value.toPrecision(digits));
  if (Math.abs(rounded) >= 1e21 || (Math.abs(rounded) < exponentBelow && rounded !== 0))
    return rounded.toExponential(digits - 1);
  // toPrecision keeps the zeros the rounding made ("7.30"); a number with `digits` integer digits
  // or more has none to keep.
  const kept = keepZeros && Math.abs(rounded) < 10 ** (digits - 1);
  return groupDigits(kept ? rounded.toPrecision(digits) : String(rounded));
}

/**
 * Formats a figure in human units with three significant digits: `1.2 GWh`, `38.4 ktCO2e`,
 * `$1.5B`, `100T parameters`, `3.8e25 FLOP`.
 * @param value - the figure in its base unit.
 * @param unit - the figure's unit as in the estimate output.
 * @param keepZeros - keep the trailing zeros of the rounding ("4.90 MtCO2e"), as for a figure
 *   printed beside its range.
 */
export function formatQuantity(value: number, unit: string, digits = 3, keepZeros = false): string {
  const sig = (x: number) => significant(x, digits, 1e-3, keepZeros);
  const scales = SCALES[unit];
  if (scales) {
    const fallback = (value === 0 ? scales.find(([f]) => f === 1) : scales[scales.length - 1]) as [
      number,
      string,
    ];
    const [factor, name] = scales.find(([f]) => Math.abs(value) >= f) ?? fallback;
    return `${sig(value / factor)} ${name}`;
  }
  if (unit === "FLOP") return `${value.toExponential(digits - 1)} FLOP`;
  if (unit === "USD") {
    const [factor, suffix] = SUFFIXES.find(([f]) => Math.abs(value) >= f) ?? [1, ""];
    return `$${sig(value / factor)}${suffix}`;
  }
  if (unit === "parameters" || unit === "tokens" || unit === "h") {
    const [factor, suffix] = SUFFIXES.find(([f]) => Math.abs(value) >= f) ?? [1, ""];
    const label = unit === "h" ? " h" : ` ${unit}`;
    return `${sig(value / factor)}${suffix}${label}`;
  }
  if (unit === "d") return `${sig(value)} days`;
  // Trailing zeros always kept: losses differ in the second decimal, and 1.80 beside 1.92 must not
  // read as the coarser "1.8" (the report's sentences print losses the same way).
  if (unit === "nats/token") return `${significant(value, digits, 1e-3, true)} nats/token`;
  if (unit === "ratio") return sig(value);
  return `${sig(value)} ${unit}`;
}

/** What a p5–p95 cell says of a figure whose 5th and 95th percentiles print the same. */
export const NO_SPREAD = "no spread";

/**
 * A figure's 5th–95th percentile range in human units, `1.10 GWh – 1.60 GWh` (trailing zeros kept,
 * as the median beside it), or {@link NO_SPREAD} when both ends print the same (its inputs are
 * exact, or its spread is below three digits).
 */
export function formatSpread(figure: { p5: number; p95: number; unit: string }): string {
  if (formatQuantity(figure.p5, figure.unit) === formatQuantity(figure.p95, figure.unit))
    return NO_SPREAD;
  const end = (x: number) => formatQuantity(x, figure.unit, 3, true);
  return `${end(figure.p5)} – ${end(figure.p95)}`;
}

/**
 * A figure's median and p5–p95 range as printed side by side: with a spread, all three keep the
 * trailing zeros of their three digits ("7.30" beside "6.28 – 8.71"); without one, the median is
 * written as {@link formatQuantity} writes it and the range is {@link NO_SPREAD}.
 */
export function formatFigure(figure: { value: number; p5: number; p95: number; unit: string }): {
  value: string;
  range: string;
  ranged: boolean;
} {
  const range = formatSpread(figure);
  const ranged = range !== NO_SPREAD;
  return { value: formatQuantity(figure.value, figure.unit, 3, ranged), range, ranged };
}
