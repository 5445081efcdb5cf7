/**
 * A quantity over the Monte Carlo: one number when it does not vary, or one value per sample.
 * Figures are written once over values, so the same formula gives the likely point (numbers)
 * and the whole Monte Carlo (columns, structure of arrays) without a per-sample call.
 */
export type Value = number | Float64Array;

/** A column known to be `factor` times another: it shares that column's order. */
export interface Multiple {
  of: Float64Array;
  factor: number;
}

// Columns that are constant multiples of another, so their percentiles can be scaled rather than
// selected again (energy, carbon, water and electricity cost are all multiples of hours).
const multiples = new WeakMap<Float64Array, Multiple>();

/** What a column is a constant multiple of, when an operation below made it so. */
export function multipleOf(column: Float64Array): Multiple | undefined {
  return multiples.get(column);
}

function recordMultiple(column: Float64Array, of: Float64Array, factor: number): void {
  const deeper = multiples.get(of);
  multiples.set(
    column,
    deeper ? { of: deeper.of, factor: factor * deeper.factor } : { of, factor },
  );
}

// Every operation below returns a plain number when all its operands are numbers, so evaluating at
// one point allocates nothing.
function lengthOf(values: readonly (Value | undefined)[]): number {
  for (const value of values) if (typeof value === "object") return value.length;
  return 0;
}

/** Multiplies values sample by sample; undefined when any factor is. */
export function product(...factors: (Value | undefined)[]): Value | undefined {
  let scalar = 1;
  for (const factor of factors) {
    if (factor === undefined) return undefined;
    if (typeof factor === "number") scalar *= factor;
  }
  const length = lengthOf(factors);
  if (length === 0) return scalar;
  const out = new Float64Array(length).fill(scalar);
  let columns = 0;
  let only: Float64Array | undefined;
  for (const factor of factors) {
    if (typeof factor !== "object") continue;
    for (let i = 0; i < length; i++) (out[i] as number) *= factor[i] as number;
    columns++;
    only = factor;
  }
  if (columns === 1 && only) recordMultiple(out, only, scalar);
  return out;
}

/** Adds values sample by sample. */
export function sum(...terms: Value[]): Value {
  let scalar = 0;
  for (const term of terms) if (typeof term === "number") scalar += term;
  const length = lengthOf(terms);
  if (length === 0) return scalar;
  const out = new Float64Array(length).fill(scalar);
  for (const term of terms) {
    if (typeof term === "number") continue;
    for (let i = 0; i < length; i++) (out[i] as number) += term[i] as number;
  }
  return out;
}

/** a / b sample by sample. */
export function quotient(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return a / b;
  const out = new Float64Array(lengthOf([a, b]));
  if (typeof b === "number") {
    for (let i = 0; i < out.length; i++) out[i] = ((a as Float64Array)[i] as number) / b;
    recordMultiple(out, a as Float64Array, 1 / b);
  } else if (typeof a === "number")
    for (let i = 0; i < out.length; i++) out[i] = a / (b[i] as number);
  else for (let i = 0; i < out.length; i++) out[i] = (a[i] as number) / (b[i] as number);
  return out;
}

/** a - b sample by sample. */
export function difference(a: Value, b: Value): Value {
  return sum(a, product(-1, b) as Value);
}

/**
 * Applies a scalar function to each sample of its operands (a number stands for every sample),
 * for what plain arithmetic does not cover: ceil, a loss law, a conditional.
 */
export function lanewise(fn: (...xs: number[]) => number, ...operands: Value[]): Value {
  const length = lengthOf(operands);
  if (length === 0) return fn(...(operands as number[]));
  const out = new Float64Array(length);
  // A number is read as a one-element column with stride 0, so it costs no column of copies.
  const columns = operands.map((v) => (typeof v === "number" ? Float64Array.of(v) : v));
  const strides = operands.map((v) => (typeof v === "number" ? 0 : 1));
  const [a, b, c, d, e] = columns as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const [sa, sb, sc, sd, se] = strides as [number, number, number, number, number];
  // Fixed arities avoid an arguments array per sample.
  switch (columns.length) {
    case 1:
      for (let i = 0; i < length; i++) out[i] = fn(a[i * sa] as number);
      break;
    case 2:
      for (let i = 0; i < length; i++) out[i] = fn(a[i * sa] as number, b[i * sb] as number);
      break;
    case 3:
      for (let i = 0; i < length; i++)
        out[i] = fn(a[i * sa] as number, b[i * sb] as number, c[i * sc] as number);
      break;
    case 4:
      for (let i = 0; i < length; i++)
        out[i] = fn(
          a[i * sa] as number,
          b[i * sb] as number,
          c[i * sc] as number,
          d[i * sd] as number,
        );
      break;
    case 5:
      for (let i = 0; i < length; i++)
        out[i] = fn(
          a[i * sa] as number,
          b[i * sb] as number,
          c[i * sc] as number,
          d[i * sd] as number,
          e[i * se] as number,
        );
      break;
    default:
      for (let i = 0; i < length; i++) out[i] = fn(...operands.map((v) => at(v, i)));
  }
  return out;
}

// Powers already taken, by column and exponent: several loss figures raise the same tokens.
const powers = new WeakMap<Float64Array, Map<number, Float64Array>>();
// Natural logs of columns, and the column and exponent each power column was raised from.
const logs = new WeakMap<Float64Array, Float64Array>();
const raisedFrom = new WeakMap<Float64Array, { base: Float64Array; exponent: number }>();

/**
 * ln of every sample, found once per column. A power x^e takes e ln x from its base, so the
 * compute-optimal sizes and the loss terms raised from them share one pass of logarithms.
 */
function logOf(column: Float64Array): Float64Array {
  let out = logs.get(column);
  if (out) return out;
  const raised = raisedFrom.get(column);
  const from = raised ? logOf(raised.base) : undefined;
  out = new Float64Array(column.length);
  if (raised && from)
    for (let i = 0; i < out.length; i++) out[i] = raised.exponent * (from[i] as number);
  else for (let i = 0; i < out.length; i++) out[i] = Math.log(column[i] as number);
  logs.set(column, out);
  return out;
}

/**
 * base^exponent sample by sample. A positive multiple k x of a column takes k^e x^e, so figures
 * that scale the same column (tokens, compute, compute-optimal sizes) share one pass of powers.
 * Fractional exponents are taken as exp(e ln x), several times quicker than Math.pow; whole
 * exponents, and samples whose logarithm is not a number (x < 0), are raised directly.
 */
export function power(base: Value, exponent: number): Value {
  if (typeof base === "number") return base ** exponent;
  if (exponent === 0) return 1;
  const multiple = multiples.get(base);
  if (multiple && multiple.factor > 0)
    return product(multiple.factor ** exponent, power(multiple.of, exponent)) as Value;
  let known = powers.get(base);
  if (!known) {
    known = new Map();
    powers.set(base, known);
  }
  let out = known.get(exponent);
  if (!out) {
    out = new Float64Array(base.length);
    if (Number.isInteger(exponent))
      for (let i = 0; i < base.length; i++) out[i] = (base[i] as number) ** exponent;
    else {
      const ln = logOf(base);
      for (let i = 0; i < base.length; i++) {
        const l = ln[i] as number;
        out[i] = Number.isNaN(l) ? (base[i] as number) ** exponent : Math.exp(exponent * l);
      }
    }
    known.set(exponent, out);
    raisedFrom.set(out, { base, exponent });
  }
  return out;
}

/** The value of one sample: a number broadcasts to every sample. */
export function at(value: Value, sample: number): number {
  return typeof value === "number" ? value : (value[sample] as number);
}
