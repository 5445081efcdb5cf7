import { escapeControlCharacters, escapeControlCharactersPerLine } from "@forecard/schema";

/**
 * Text from an input file (a model name, a file name, a YAML key) made safe to place inside one
 * terminal or CI-log line: control characters, newlines included, become visible escapes.
 */
export const inline = escapeControlCharacters;

/**
 * Writes a block (a table, JSON, a list of findings) to stdout. Every control character other
 * than the newlines between lines becomes a visible escape, whatever a formatter let through:
 * the last guard against workflow commands and terminal escapes in CI logs.
 */
export function printOut(block: string): void {
  process.stdout.write(escapeControlCharactersPerLine(block));
}

/** Writes one-line errors to stderr, each kept to one line with control characters escaped. */
export function printErrors(lines: readonly string[]): void {
  for (const line of lines)
    process.stderr.write(`${escapeControlCharacters(line.replace(/\s*\n\s*/g, " "))}\n`);
}
