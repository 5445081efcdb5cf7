import { newColumn } from "./column-pool.js";
import { exponential } from "./exponential.js";

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

// The loops of the operations are small functions of their own, each called with columns only: V8
// optimises them early and keeps them monomorphic (a loop inside a variadic operation ran about
// four times slower, measured).
function scaledColumn(column: Float64Array, factor: number): Float64Array {
  const out = newColumn(column.length);
  for (let i = 0; i < out.length; i++) out[i] = factor * (column[i] as number);
  return out;
}

function multiplyInto(out: Float64Array, column: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * (column[i] as number);
}

function shiftedColumn(column: Float64Array, term: number): Float64Array {
  const out = newColumn(column.length);
  for (let i = 0; i < out.length; i++) out[i] = term + (column[i] as number);
  return out;
}

function addInto(out: Float64Array, column: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (column[i] as number);
}

// Two columns, the commonest case, in one pass rather than a copy and a second pass: the same
// operations in the same order as scaledColumn then multiplyInto (or shiftedColumn then addInto),
// so the same numbers.
function scaledProduct(factor: number, a: Float64Array, b: Float64Array): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++) out[i] = factor * (a[i] as number) * (b[i] as number);
  return out;
}

function shiftedSum(term: number, a: Float64Array, b: Float64Array): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++) out[i] = term + (a[i] as number) + (b[i] as number);
  return out;
}

/** Multiplies values sample by sample; undefined when any factor is. */
export function product(...factors: (Value | undefined)[]): Value | undefined {
  let scalar = 1;
  const columns: Float64Array[] = [];
  for (const factor of factors) {
    if (factor === undefined) return undefined;
    if (typeof factor === "number") scalar *= factor;
    else columns.push(factor);
  }
  const [first, second, ...rest] = columns;
  if (!first) return scalar;
  if (!second) {
    const out = scaledColumn(first, scalar);
    recordMultiple(out, first, scalar);
    return out;
  }
  const out = scaledProduct(scalar, first, second);
  for (const column of rest) multiplyInto(out, column);
  return out;
}

/** Adds values sample by sample. */
export function sum(...terms: Value[]): Value {
  let scalar = 0;
  const columns: Float64Array[] = [];
  for (const term of terms) {
    if (typeof term === "number") scalar += term;
    else columns.push(term);
  }
  const [first, second, ...rest] = columns;
  if (!first) return scalar;
  if (!second) return shiftedColumn(first, scalar);
  const out = shiftedSum(scalar, first, second);
  for (const column of rest) addInto(out, column);
  return out;
}

/** a / b sample by sample. */
export function quotient(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return a / b;
  if (typeof b === "number") {
    const out = dividedColumn(a as Float64Array, b);
    recordMultiple(out, a as Float64Array, 1 / b);
    return out;
  }
  return typeof a === "number" ? numberOverColumn(a, b) : columnOverColumn(a, b);
}

function dividedColumn(a: Float64Array, b: number): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++) out[i] = (a[i] as number) / b;
  return out;
}

function numberOverColumn(a: number, b: Float64Array): Float64Array {
  const out = newColumn(b.length);
  for (let i = 0; i < out.length; i++) out[i] = a / (b[i] as number);
  return out;
}

function columnOverColumn(a: Float64Array, b: Float64Array): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++) out[i] = (a[i] as number) / (b[i] as number);
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
  const columns = columnsOf(operands);
  if (!columns) return fn(...(operands as number[]));
  const [a, b, c, d, e] = columns as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  // Fixed arities avoid an arguments array per sample; each loop is a small function of its own.
  switch (columns.length) {
    case 1:
      return map1(fn, a);
    case 2:
      return map2(fn, a, b);
    case 3:
      return map3(fn, a, b, c);
    case 4:
      return map4(fn, a, b, c, d);
    case 5:
      return map5(fn, a, b, c, d, e);
    default:
      return Float64Array.from({ length: a.length }, (_, i) =>
        fn(...columns.map((v) => v[i] as number)),
      );
  }
}

/**
 * Operands as columns of one length, a number standing for every sample; undefined when all are
 * numbers. For a figure whose per-sample loop is its own: a loop shared by several figures calls
 * several scalar functions, so V8 can inline none of them (about half the speed, measured).
 */
export function columnsOf(operands: readonly Value[]): Float64Array[] | undefined {
  const length = lengthOf(operands);
  if (length === 0) return undefined;
  return operands.map((v) => (typeof v === "number" ? newColumn(length).fill(v) : v));
}

type Lane = (...xs: number[]) => number;

function map1(fn: Lane, a: Float64Array): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++) out[i] = fn(a[i] as number);
  return out;
}

function map2(fn: Lane, a: Float64Array, b: Float64Array): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++) out[i] = fn(a[i] as number, b[i] as number);
  return out;
}

function map3(fn: Lane, a: Float64Array, b: Float64Array, c: Float64Array): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++) out[i] = fn(a[i] as number, b[i] as number, c[i] as number);
  return out;
}

function map4(
  fn: Lane,
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  d: Float64Array,
): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++)
    out[i] = fn(a[i] as number, b[i] as number, c[i] as number, d[i] as number);
  return out;
}

function map5(
  fn: Lane,
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  d: Float64Array,
  e: Float64Array,
): Float64Array {
  const out = newColumn(a.length);
  for (let i = 0; i < out.length; i++)
    out[i] = fn(a[i] as number, b[i] as number, c[i] as number, d[i] as number, e[i] as number);
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
  const multiple = multiples.get(column);
  if (raised) out = scaledColumn(logOf(raised.base), raised.exponent);
  // ln(k x) = ln k + ln x: compute, a multiple of the tokens, shares their pass of logarithms.
  else if (multiple && multiple.factor > 0)
    out = shiftedColumn(logOf(multiple.of), Math.log(multiple.factor));
  else out = logColumn(column);
  logs.set(column, out);
  return out;
}

/** The natural logarithm sample by sample, found once per column (see logOf). */
export function naturalLog(value: Value): Value {
  return typeof value === "number" ? Math.log(value) : logOf(value);
}

// The loops of logOf and power are small functions too: code after a loop that V8 compiled while
// it ran (on-stack replacement) deoptimised on every call when it sat in the same function.
function logColumn(column: Float64Array): Float64Array {
  const out = newColumn(column.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.log(column[i] as number);
  return out;
}

function wholePowers(base: Float64Array, exponent: number): Float64Array {
  const out = newColumn(base.length);
  for (let i = 0; i < out.length; i++) out[i] = (base[i] as number) ** exponent;
  return out;
}

function powersFromLogs(base: Float64Array, ln: Float64Array, exponent: number): Float64Array {
  const out = newColumn(base.length);
  for (let i = 0; i < out.length; i++) {
    const l = ln[i] as number;
    out[i] = Number.isNaN(l) ? (base[i] as number) ** exponent : exponential(exponent * l);
  }
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
    out = Number.isInteger(exponent)
      ? wholePowers(base, exponent)
      : powersFromLogs(base, logOf(base), exponent);
    known.set(exponent, out);
    raisedFrom.set(out, { base, exponent });
  }
  return out;
}
