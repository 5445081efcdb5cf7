import { CsvError, parse } from "csv-parse/sync";
import { UserError } from "../errors.js";

/** One data row of a CSV file: its values by (trimmed) column name and its line in the file. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** A parsed CSV file: the header's column names and the data rows. */
export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
}

/**
 * Parses CSV bytes with a header row. Rows with the wrong number of columns (a truncated file or
 * a stray comma) and unclosed quotes become `FILE:LINE: message` errors.
 * @throws UserError naming the file and line.
 */
export function readCsv(bytes: Uint8Array, file: string): CsvTable {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let columns: string[] = [];
  try {
    records = parse(Buffer.from(bytes), {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (header: string[]) => {
        columns = header.map((h) => h.trim());
        return columns;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      const record = (error as CsvError & { record?: unknown[] }).record;
      const message =
        error.code === "CSV_RECORD_INCONSISTENT_COLUMNS"
          ? `expected ${columns.length} columns as in the header, got ${record?.length ?? "fewer"} (a truncated or mis-typed row)`
          : error.code === "CSV_QUOTE_NOT_CLOSED"
            ? "a quoted field is never closed (a truncated file?)"
            : error.message.replace(/\s+/g, " ");
      throw new UserError(`${file}:${line}: ${message}`);
    }
    throw error;
  }
  if (columns.length === 0) throw new UserError(`${file}:1: empty file; expected a header row`);
  return {
    columns,
    rows: records.map((r) => ({ line: r.info.lines, values: r.record })),
  };
}

/**
 * Reads a non-negative number from a cell; a unit suffix such as " W" is accepted when given.
 * @throws UserError `FILE:LINE: column: expected ..., got "..."`.
 */
export function cellNumber(
  file: string,
  row: CsvRow,
  column: string,
  noun: string,
  suffix?: RegExp,
): number {
  const raw = row.values[column] ?? "";
  const text = suffix ? raw.replace(suffix, "").trim() : raw;
  const value = text === "" ? Number.NaN : Number(text);
  if (!Number.isFinite(value) || value < 0) {
    const shown = raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
    throw new UserError(
      `${file}:${row.line}: ${column}: expected ${noun}, got ${JSON.stringify(shown)}`,
    );
  }
  return value;
}

/**
 * Reads a short text cell (an id, a model name).
 * @throws UserError when it is longer than `maxChars`.
 */
export function cellText(file: string, row: CsvRow, column: string, maxChars = 200): string {
  const value = row.values[column] ?? "";
  if (value.length > maxChars)
    throw new UserError(
      `${file}:${row.line}: ${column}: expected at most ${maxChars} characters, got ${value.length}`,
    );
  return value;
}
