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
  const columns = operands.map((v) =>
    typeof v === "number" ? new Float64Array(length).fill(v) : v,
  );
  const [a, b, c, d, e] = columns as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  // Fixed arities avoid an arguments array per sample.
  switch (columns.length) {
    case 1:
      for (let i = 0; i < length; i++) out[i] = fn(a[i] as number);
      break;
    case 2:
      for (let i = 0; i < length; i++) out[i] = fn(a[i] as number, b[i] as number);
      break;
    case 3:
      for (let i = 0; i < length; i++) out[i] = fn(a[i] as number, b[i] as number, c[i] as number);
      break;
    case 4:
      for (let i = 0; i < length; i++)
        out[i] = fn(a[i] as number, b[i] as number, c[i] as number, d[i] as number);
      break;
    case 5:
      for (let i = 0; i < length; i++)
        out[i] = fn(a[i] as number, b[i] as number, c[i] as number, d[i] as number, e[i] as number);
      break;
    default:
      for (let i = 0; i < length; i++) out[i] = fn(...columns.map((v) => v[i] as number));
  }
  return out;
}

/** base^exponent sample by sample. */
export function power(base: Value, exponent: number): Value {
  return lanewise((x) => x ** exponent, base);
}

/** The value of one sample: a number broadcasts to every sample. */
export function at(value: Value, sample: number): number {
  return typeof value === "number" ? value : (value[sample] as number);
}
