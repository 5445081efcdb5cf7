import { escapeControlCharacters } from "./log-text.js";

/** One problem found in an input file, pointing at the line and field it concerns. */
export interface SpecError {
  /** The file as the user named it. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Dotted field path, e.g. `training.acceleratorCount`; empty for the whole file. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/**
 * Formats an error as one line: `FILE:LINE:COL path: message`.
 * @example formatSpecError({ file: "p.yaml", line: 3, column: 21, path: "training.acceleratorCount", message: "expected a positive integer, got -5" })
 * // "p.yaml:3:21 training.acceleratorCount: expected a positive integer, got -5"
 */
export function formatSpecError(error: SpecError): string {
  // File names, keys and quoted values come from the input: control characters must not end the line.
  const where = `${escapeControlCharacters(error.file)}:${error.line}:${error.column}`;
  const message = escapeControlCharacters(error.message);
  const path = escapeControlCharacters(error.path);
  return path ? `${where} ${path}: ${message}` : `${where} ${message}`;
}

/** Formats a path of keys and indices as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
