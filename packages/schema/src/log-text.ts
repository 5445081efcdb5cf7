// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: each can end a log
// line early (so a `::error` or `::stop-commands::` workflow command starts on its own line),
// move the cursor or recolour a terminal.
/** Matches one control character (see {@link escapeControlCharacters}). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL = new RegExp(CONTROL_CHARACTER.source, "g");

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Makes text from an input file safe for one terminal or CI-log line: every control character
 * (newline, CR, TAB, ESC, BEL, NUL, NEL, U+2028/9 ...) becomes a visible escape such as `\n`
 * or `\u001b`.
 * @example escapeControlCharacters("a\n::error::b") // "a\\n::error::b"
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    CONTROL,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Escapes every line of a multi-line block (a table, a list of findings) without joining them:
 * control characters other than the newlines between lines become visible escapes.
 */
export function escapeControlCharactersPerLine(block: string): string {
  return block.split("\n").map(escapeControlCharacters).join("\n");
}

/**
 * Encodes the message (data) of a GitHub workflow command such as `::error ...::MESSAGE`:
 * control characters escaped, then `%`, CR and LF percent-encoded as the Actions toolkit does.
 */
export function workflowCommandData(text: string): string {
  return escapeControlCharacters(text)
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A");
}

/**
 * Encodes a property value of a GitHub workflow command (`file=`, `title=`): as
 * {@link workflowCommandData}, plus `:` and `,`, which would end the property.
 */
export function workflowCommandProperty(text: string): string {
  return workflowCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
