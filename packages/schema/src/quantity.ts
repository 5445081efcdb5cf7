import { z } from "zod";

/** A value known only as a range: lowest plausible, most likely and highest plausible. */
export interface Range {
  low: number;
  likely: number;
  high: number;
}

/** A number as written in a proposal: exact, or a range that makes dependent figures distributions. */
export type Quantity = number | Range;

/** Bounds and wording of one kind of number in a proposal. */
export interface QuantityKind {
  /** Words used in errors, e.g. "a positive integer". */
  noun: string;
  /** Smallest accepted value. */
  min: number;
  /** Whether `min` itself is accepted. */
  minInclusive: boolean;
  /** Largest accepted value; guards against absurd inputs such as 1e300 accelerators. */
  max: number;
  /** Whether only whole numbers are accepted. */
  integer: boolean;
  /** Whether `{ low, likely, high }` is accepted. */
  allowRange: boolean;
  /** Whether `noun` already names the bounds, so errors need not add them. */
  nounStatesBounds?: boolean;
}

const SI_MULTIPLIERS: Record<string, number> = {
  "": 1,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  B: 1e9,
  G: 1e9,
  T: 1e12,
  P: 1e15,
};

const SI_PATTERN = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([kKMBGTP]?)$/;

/** Pattern of the SI-suffixed number strings a proposal accepts, for the JSON Schema. */
export const SI_NUMBER_PATTERN = SI_PATTERN.source;

/**
 * Reads a number written as a plain number or an SI-suffixed string.
 * @param input - e.g. `100e12`, `"100T"`, `"2.5B"`, `"350k"`, `"1.5e12"`.
 * @returns the number, or `undefined` when the input is neither form.
 * @example parseSiNumber("30.84M") // 30840000
 */
export function parseSiNumber(input: unknown): number | undefined {
  if (typeof input === "number") return input;
  if (typeof input !== "string") return undefined;
  const match = SI_PATTERN.exec(input.trim());
  if (!match) return undefined;
  const multiplier = SI_MULTIPLIERS[match[2] ?? ""] ?? 1;
  return Number(match[1]) * multiplier;
}

/** Describes an input value in an error message: `-5`, `"100TT"`, `a list`. */
export function describeInput(input: unknown): string {
  if (input === null) return "null";
  if (input === undefined) return "nothing";
  if (typeof input === "string") {
    const shown = input.length > 40 ? `${input.slice(0, 37)}...` : input;
    return JSON.stringify(shown);
  }
  if (typeof input === "number") return Number.isNaN(input) ? "NaN" : String(input);
  if (typeof input === "boolean") return String(input);
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  return typeof input;
}

function expectation(kind: QuantityKind, value: number): string {
  if (value <= kind.max || kind.nounStatesBounds) return kind.noun;
  return `${kind.noun} up to ${formatBound(kind.max)}`;
}

type Check = { ok: true; value: number } | { ok: false; message: string };

function checkScalar(input: unknown, kind: QuantityKind): Check {
  const value = parseSiNumber(input);
  const got = describeInput(input);
  if (value === undefined) {
    const hint = typeof input === "string" ? ' (write e.g. 70, "70B", "1.5e12")' : "";
    return { ok: false, message: `expected ${kind.noun}${hint}, got ${got}` };
  }
  if (!Number.isFinite(value)) return { ok: false, message: `expected ${kind.noun}, got ${got}` };
  if (kind.integer && !Number.isInteger(value)) {
    return { ok: false, message: `expected ${kind.noun}, got ${got}` };
  }
  const belowMin = kind.minInclusive ? value < kind.min : value <= kind.min;
  if (belowMin || value > kind.max) {
    return { ok: false, message: `expected ${expectation(kind, value)}, got ${got}` };
  }
  return { ok: true, value };
}

const RANGE_KEYS = new Set(["low", "likely", "high"]);

function checkRange(input: Record<string, unknown>, kind: QuantityKind): Check | Range {
  for (const key of Object.keys(input)) {
    if (!RANGE_KEYS.has(key)) {
      return {
        ok: false,
        message: `unknown field "${key}" in a range; expected low, likely, high`,
      };
    }
  }
  if (input.low === undefined || input.high === undefined) {
    return { ok: false, message: "a range needs both low and high (likely is optional)" };
  }
  const parts: Partial<Range> = {};
  for (const key of ["low", "likely", "high"] as const) {
    if (input[key] === undefined) continue;
    const checked = checkScalar(input[key], kind);
    if (!checked.ok) return { ok: false, message: `${key}: ${checked.message}` };
    parts[key] = checked.value;
  }
  const low = parts.low as number;
  const high = parts.high as number;
  // Without a stated mode the midpoint is the least presumptuous choice; docs/proposal-file.md says so.
  const likely = parts.likely ?? (low + high) / 2;
  if (low > high) {
    return { ok: false, message: `expected low <= high, got low ${low} > high ${high}` };
  }
  if (likely < low || likely > high) {
    return {
      ok: false,
      message: `expected low <= likely <= high, got ${low}, ${likely}, ${high}`,
    };
  }
  return { low, likely, high };
}

/**
 * Builds the zod schema of one kind of number: plain, SI-suffixed string or (when allowed) a range.
 * Output is a number, or a `Range` with `likely` filled in.
 */
export function quantity(kind: QuantityKind) {
  return z
    .unknown()
    .transform((input, ctx): Quantity => {
      if (input !== null && typeof input === "object" && !Array.isArray(input)) {
        if (!kind.allowRange) {
          ctx.addIssue({
            code: "custom",
            message: `expected ${kind.noun} (a range is not allowed here), got a mapping`,
          });
          return z.NEVER;
        }
        const range = checkRange(input as Record<string, unknown>, kind);
        if ("ok" in range) {
          ctx.addIssue({ code: "custom", message: range.ok ? "invalid range" : range.message });
          return z.NEVER;
        }
        return range;
      }
      const checked = checkScalar(input, kind);
      if (!checked.ok) {
        ctx.addIssue({ code: "custom", message: checked.message });
        return z.NEVER;
      }
      return checked.value;
    })
    .meta({ forecardQuantity: kind });
}

function formatBound(n: number): string {
  return Math.abs(n) >= 1e6 ? n.toExponential().replace("e+", "e") : String(n);
}

const base = {
  min: 0,
  minInclusive: false,
  max: Number.MAX_VALUE,
  integer: false,
  allowRange: true,
};

/**
 * A kind bounded to a physically meaningful closed range, so degenerate inputs (an MFU of 5e-324)
 * cannot push a dependent figure to infinity; errors state the range.
 * @param what - the quantity in words, e.g. "an MFU".
 * @param min - the smallest accepted value, in the field's unit.
 * @param max - the largest accepted value, in the field's unit.
 */
export function bounded(
  what: string,
  min: number,
  max: number,
  options: { integer?: boolean; allowRange?: boolean } = {},
): QuantityKind {
  return {
    ...base,
    ...options,
    noun: `${what} from ${formatBound(min)} to ${formatBound(max)}`,
    nounStatesBounds: true,
    min,
    minInclusive: true,
    max,
  };
}

/** Kinds of numbers used across the proposal file. */
export const kinds = {
  /** Counts of parameters or tokens: at least one, up to 1e18. */
  count: bounded("a number", 1, 1e18),
  /** Architecture shapes (layers, heads, widths): exact positive integers. */
  shape: { ...base, noun: "a positive integer", integer: true, max: 1e9, allowRange: false },
  /** Accelerator counts. */
  accelerators: { ...base, noun: "a positive integer", integer: true, max: 1e8 },
  /** A fraction in (0, 1], such as model FLOPs utilisation. */
  fraction: {
    ...base,
    noun: "a fraction greater than 0 and at most 1",
    nounStatesBounds: true,
    max: 1,
  },
  /** A share in [0, 1], such as carbon-free energy. */
  share: {
    ...base,
    noun: "a share from 0 to 1",
    nounStatesBounds: true,
    minInclusive: true,
    max: 1,
  },
  /** Power usage effectiveness: at least 1 by definition. */
  pue: {
    ...base,
    noun: "a PUE from 1 to 3",
    nounStatesBounds: true,
    min: 1,
    minInclusive: true,
    max: 3,
  },
  /** Positive amounts with no natural ceiling below 1e15 (hours, watts, prices). */
  positive: { ...base, noun: "a positive number", max: 1e15 },
  /** Non-negative amounts (water, carbon intensity). */
  nonNegative: { ...base, noun: "a number of at least 0", minInclusive: true, max: 1e15 },
  /** A multiplier of at least 1 (overheads). */
  factor: {
    ...base,
    noun: "a factor from 1 to 10",
    nounStatesBounds: true,
    min: 1,
    minInclusive: true,
    max: 10,
  },
  /** Integer risk ratings. */
  rating: {
    ...base,
    noun: "an integer from 1 to 5",
    integer: true,
    min: 1,
    minInclusive: true,
    max: 5,
    allowRange: false,
    nounStatesBounds: true,
  },
} satisfies Record<string, QuantityKind>;

/** The most likely value of a quantity: the number itself, or a range's `likely`. */
export function likely(q: Quantity): number {
  return typeof q === "number" ? q : q.likely;
}
