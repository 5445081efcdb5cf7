import type { ComputedValues, Values } from "./figures/definition.js";
import type { EstimateContext } from "./inputs.js";
import type { Value } from "./values.js";

/** Where a figure's computation read a value: the inputs, the figures before it, or the context. */
type Source = "point" | "figures" | "context";

/** How one figure was computed over the base: what it read, and what it gave. */
export interface FigureRecord {
  /** Every property read, with the value it had; undefined when the reads could not be followed. */
  reads?: { from: Source; key: PropertyKey; value: unknown }[];
  value: Value | undefined;
}

/**
 * The base's Monte Carlo, figure by figure, which a scenario's reuses: a figure whose every read
 * gives the same value (the same number, the same column, equal plain data) gives the same
 * result, and is not computed again. Scenarios share the base's random columns, so most of what a
 * scenario does not override is reused; its spread is then found once, too.
 */
export type EvaluationRecord = Map<string, FigureRecord>;

/** The three things a figure reads, one watched view of each for a single figure. */
export interface Watched {
  point: Values;
  figures: ComputedValues;
  context: EstimateContext;
  record(value: Value | undefined): FigureRecord;
}

/**
 * Views of the point, the figures and the context that note every property one figure reads.
 * New views for every figure: a cache keyed by the view (a per-context constant, the roofline of a
 * point) then misses, so what it derives is read through the view and noted too.
 */
export function watch(point: Values, figures: ComputedValues, context: EstimateContext): Watched {
  const reads: NonNullable<FigureRecord["reads"]> = [];
  // A property read again gives the same value (nothing changes while a figure computes): it is
  // noted once, so a figure that reads the context in a per-sample loop is not checked per sample.
  const noted: Record<Source, Set<PropertyKey>> = {
    point: new Set(),
    figures: new Set(),
    context: new Set(),
  };
  let followed = true;
  const view = <T extends object>(target: T, from: Source): T =>
    new Proxy(target, {
      get(object, key) {
        const value = Reflect.get(object, key);
        if (!noted[from].has(key)) {
          noted[from].add(key);
          reads.push({ from, key, value });
        }
        return value;
      },
      // `in`, key listing and descriptors are not noted reads: a figure using them is not reused.
      has(object, key) {
        followed = false;
        return Reflect.has(object, key);
      },
      ownKeys(object) {
        followed = false;
        return Reflect.ownKeys(object);
      },
      getOwnPropertyDescriptor(object, key) {
        followed = false;
        return Reflect.getOwnPropertyDescriptor(object, key);
      },
    });
  return {
    point: view(point, "point"),
    figures: view(figures, "figures"),
    context: view(context, "context"),
    record: (value) => (followed ? { reads, value } : { value }),
  };
}

/** The base's result for a figure when everything it read is the same here; else undefined. */
export function reusable(
  before: FigureRecord | undefined,
  point: Values,
  figures: ComputedValues,
  context: EstimateContext,
): { value: Value | undefined } | undefined {
  if (!before?.reads) return undefined;
  const sources: Record<Source, object> = { point, figures, context };
  for (const { from, key, value } of before.reads)
    if (!sameData(Reflect.get(sources[from], key), value)) return undefined;
  return { value: before.value };
}

/**
 * Whether two read values are the same: identical, or plain objects and arrays holding the same
 * data (a scenario resolves its own copy of the parameter count or the transformer's shape).
 * Anything else, a column included, is the same only when it is the very same object.
 */
function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (depth > 8 || !isPlain(a) || !isPlain(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1),
  );
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

/**
 * The base's column when a scenario's column holds the same bits, so figures computed from it see
 * the very column the base's did and can be reused in turn.
 */
export function interned(value: Value | undefined, before: Value | undefined): Value | undefined {
  if (typeof value !== "object" || typeof before !== "object" || value.length !== before.length)
    return value;
  const a = new Int32Array(value.buffer, value.byteOffset, value.length * 2);
  const b = new Int32Array(before.buffer, before.byteOffset, before.length * 2);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return value;
  return before;
}
