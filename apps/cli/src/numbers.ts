import { UserError } from "./errors.js";

/**
 * Reads an integer command-line option within bounds.
 * @throws UserError naming the option when the value is not such an integer.
 */
export function integerOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UserError(
      `${name}: expected an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}
