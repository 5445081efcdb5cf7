/** The result of merging scenario overrides over a base proposal. */
export type MergeResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; path: string[]; message: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Deep-merges overrides over a base: mappings merge key by key, anything else replaces.
 * A range `{ low, likely, high }` replaces a plain number and vice versa. Neither input is mutated.
 * Scenarios cannot override `scenarios`, `schemaVersion` or `actuals`; a scenario is an alternative
 * that was not run, so it carries no actuals.
 */
export function mergeOverrides(
  base: Record<string, unknown>,
  overrides: Record<string, unknown>,
): MergeResult {
  for (const key of ["scenarios", "schemaVersion", "actuals"]) {
    if (key in overrides)
      return { ok: false, path: [key], message: `a scenario cannot override ${key}` };
  }
  const { scenarios: _ignored, actuals: _notRun, ...rest } = base;
  return { ok: true, value: merge(rest, overrides) };
}

function merge(
  base: Record<string, unknown>,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(base)) out[key] = value;
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    const isRange = isPlainObject(value) && ("low" in value || "high" in value);
    out[key] =
      isPlainObject(current) && isPlainObject(value) && !isRange ? merge(current, value) : value;
  }
  return { ...out };
}
