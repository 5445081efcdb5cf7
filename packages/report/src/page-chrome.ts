import { escapeXml } from "./charts/svg.js";

/**
 * The header and footer of a printed page ("page chrome") and what the printed HTML adds to the
 * document. Chromium 131 and later draw them in CSS page-margin boxes, laid out with the pages
 * themselves; older versions get puppeteer's header and footer templates, which Chromium lays
 * out as a separate document for every page. Printing an example's three documents, margin boxes
 * took about an eighth less time than the templates (medians of 12 interleaved rounds here).
 */

/** The first Chromium major version that draws `@page` margin boxes (MDN browser-compat-data). */
export const MARGIN_BOXES_SINCE_CHROMIUM = 131;

/**
 * A rule that leaves the document nothing to lay out on screen. Chromium lays a document out for
 * the screen when it loads and again when printing ends, and neither layout reaches the PDF;
 * with this rule both are empty, while the printed pages (media `print`) are unchanged.
 */
export const NO_SCREEN_LAYOUT = "@media screen { html { display: none !important; } }";

const CHROME_FONT = `font-family: "DejaVu Sans", sans-serif; font-size: 7pt; color: #616e7c;`;

/**
 * A CSS string literal of any text: every character but ASCII letters, digits and spaces is
 * written as a hexadecimal escape, so a proposal's text can only ever be the string's content.
 * @param text - any text.
 * @returns a double-quoted CSS string.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const character of text)
    out += /^[A-Za-z0-9 ]$/.test(character)
      ? character
      : `\\${(character.codePointAt(0) ?? 0xfffd).toString(16)} `;
  return `${out}"`;
}

const template = (text: string) =>
  `<div style="${CHROME_FONT.replaceAll('"', "")} width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;">${text}</div>`;

/** The Chromium major version in a `browser.version()` string such as "HeadlessChrome/156.0.1.2"; 0 when there is none. */
export function chromiumMajor(version: string): number {
  return Number(/\/(\d+)\./.exec(version)?.[1] ?? 0);
}

/** What printing a document adds to it: a style for its HTML and options for `page.pdf()`. */
export interface PageChrome {
  /** A `<style>` element to add to the document's head. */
  style: string;
  /** `page.pdf()` options that draw the header and footer, when the style does not. */
  pdfOptions: {
    displayHeaderFooter: boolean;
    headerTemplate?: string;
    footerTemplate?: string;
  };
}

/**
 * The header (the document's title) and footer (its provenance and "page x of y") of every page.
 * @param headerText - text at the top left of every page.
 * @param footerText - text at the bottom left of every page.
 * @param chromiumVersion - the browser's major version, which decides how they are drawn.
 */
export function pageChrome(
  headerText: string,
  footerText: string,
  chromiumVersion: number,
): PageChrome {
  if (chromiumVersion >= MARGIN_BOXES_SINCE_CHROMIUM)
    return {
      style: `<style>${NO_SCREEN_LAYOUT} @page { @top-left { content: ${cssString(headerText)}; ${CHROME_FONT} } @bottom-left { content: ${cssString(footerText)}; ${CHROME_FONT} } @bottom-right { content: "page " counter(page) " of " counter(pages); ${CHROME_FONT} } }</style>`,
      pdfOptions: { displayHeaderFooter: false },
    };
  return {
    style: `<style>${NO_SCREEN_LAYOUT}</style>`,
    pdfOptions: {
      displayHeaderFooter: true,
      headerTemplate: template(`<span>${escapeXml(headerText)}</span>`),
      footerTemplate: template(
        `<span>${escapeXml(footerText)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span>`,
      ),
    },
  };
}

/**
 * The HTML as it is printed: the style added before the document's first `</head>`, or at its
 * end when it has none. Files written to disk keep the original.
 * @param html - a whole HTML document.
 * @param style - a `<style>` element.
 */
export function withStyle(html: string, style: string): string {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd < 0) return html + style;
  return html.slice(0, headEnd) + style + html.slice(headEnd);
}
