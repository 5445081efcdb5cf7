// Chromium wraps a long token wherever the column ends: after a hyphen, before a comma, between
// ")(", or mid-word where a cell allows it. A reader (and pdftotext) then sees "nvidia- b200" or
// "carbon.embodiedTCO2 e". Here every token that is not a plain word (it holds a dot, slash, dash,
// underscore, colon or bracket between two characters) is printed in unbreakable pieces, with a
// line-break opportunity only after its dots (before a letter) and slashes. The characters are
// unchanged, so the text copied out of the PDF is the same.

/** Tags whose content is not prose: nothing inside them is touched. */
const SKIPPED = new Set(["head", "style", "script", "svg", "title"]);

/** A token worth keeping whole: a joiner between two non-space characters. */
const IDENTIFIER_LIKE = /\S[-–_./:()\]]\S/;

/**
 * Break points: after a dot followed by a letter, unless what follows is a short ending (a file
 * extension or a domain: "stakeholders.md", "example.org"), and after a slash not followed by a slash.
 */
const BREAK_AFTER = /(?<=[^\s.]\.)(?=[A-Za-z])(?![A-Za-z0-9]{1,4}(?![A-Za-z0-9]))|(?<=\/)(?=[^/])/;

/**
 * Escaped text with a line-break opportunity (`<wbr>`) at each of an identifier's break points:
 * after its dots and slashes, never before a short ending such as a file extension.
 */
export function withBreakOpportunities(escaped: string): string {
  return escaped.split(BREAK_AFTER).join("<wbr>");
}

// "Art. 55(1)(a)" is one reference: its article number stays with it.
const TOKEN = /Art\. \S+|\S+/g;

/**
 * A piece Chromium cannot wrap inside on its own: ASCII letters, digits and the punctuation that
 * line breaking (UAX #14 as Chromium applies it) never breaks beside them, after at most one
 * opening bracket and before the slashes that end a piece of a path. Such a piece ("34.0",
 * "(2019),", "arXiv:2203.15556;", "docs/") prints the same without a no-wrap span. Spans are
 * not free: each splits a text run, and so an element of the tagged PDF's structure tree, in
 * three; spans around every token took a sixth of a 100-proposal batch's time (measured). A
 * browser test renders every pair of the characters this admits in a zero-width box. Escaped
 * "<" and ">" are not admitted: that test does not cover them.
 */
const CANNOT_WRAP = /^[([{]?[A-Za-z0-9.,:;_%$+#&*=@)\]}]*\/*$/;

/** Whether an escaped piece of text can wrap inside, so it needs a no-wrap span to stay whole. */
export function canWrapInside(piece: string): boolean {
  return !CANNOT_WRAP.test(piece) || /&[lg]t;/.test(piece);
}

function keepTokenWhole(token: string): string {
  if (!IDENTIFIER_LIKE.test(token)) return token;
  return token
    .split(BREAK_AFTER)
    .map((piece) => (canWrapInside(piece) ? `<span class="nw">${piece}</span>` : piece))
    .join("<wbr>");
}

/**
 * Wraps the identifier-like tokens (paths, URLs, figure keys, ids, ranges, article references) of
 * an HTML document's text in no-wrap pieces that may break only after a dot or a slash. The HTML
 * must be escaped text between tags, as Handlebars writes it; tags and attributes are kept as they are.
 */
export function keepIdentifiersWhole(html: string): string {
  let skipping: string | undefined;
  let depth = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith("<")) {
        const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
        const name = tag?.[2]?.toLowerCase();
        if (name && SKIPPED.has(name) && (!skipping || skipping === name)) {
          const closing = tag?.[1] === "/";
          if (!closing && !part.endsWith("/>")) {
            skipping = name;
            depth++;
          } else if (closing && skipping === name && --depth === 0) skipping = undefined;
        }
        return part;
      }
      // Most text holds no identifier at all: one test spares looking at each of its words.
      return skipping || !IDENTIFIER_LIKE.test(part) ? part : part.replace(TOKEN, keepTokenWhole);
    })
    .join("");
}
