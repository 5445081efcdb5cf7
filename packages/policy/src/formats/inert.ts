// Proposal and policy text is data: in Markdown it must not become a link, an image, a mention,
// HTML or a table break. GitHub renders none of those inside a code span, so every such text is
// shown as one, with a fence longer than any backtick run inside it.

const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;

/** Longest text shown from an input, in characters; a comment must stay readable and bounded. */
export const MAX_INERT_CHARS = 300;

/**
 * Text from an input file as an inert inline code span (no links, images, mentions or HTML).
 * @param options.table - escape `|` so the span stays inside its table cell.
 */
export function inert(text: string, options: { table?: boolean } = {}): string {
  let clean = text.replace(CONTROL, " ");
  if ([...clean].length > MAX_INERT_CHARS)
    clean = `${[...clean].slice(0, MAX_INERT_CHARS - 1).join("")}…`;
  if (clean.trim() === "") return "—";
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  // CommonMark strips one space on each side when both are there; pad when the text touches a backtick.
  const padded = clean.startsWith("`") || clean.endsWith("`") ? ` ${clean} ` : clean;
  const body = options.table ? padded.replace(/\|/g, "\\|") : padded;
  return `${fence}${body}${fence}`;
}

/** {@link inert} for a table cell. */
export const inertCell = (text: string): string => inert(text, { table: true });
