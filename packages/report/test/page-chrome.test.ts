import { describe, expect, it } from "vitest";
import {
  chromiumMajor,
  cssString,
  MARGIN_BOXES_SINCE_CHROMIUM,
  pageChrome,
  withStyle,
} from "../src/page-chrome.js";

describe("page chrome", () => {
  it("writes any text as a CSS string that nothing can end early", () => {
    expect(cssString("Atlas 100T")).toBe('"Atlas 100T"');
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString("\\")).toBe('"\\5c "');
    expect(cssString("🦜")).toBe('"\\1f99c "');
    const hostile = `"; } @page { @top-left { content: "x" } } </style><script>1</script>\n*/`;
    const body = cssString(hostile).slice(1, -1);
    // Only letters, digits, spaces and escapes remain: no quote, brace, angle bracket or newline.
    expect(body).toMatch(/^([A-Za-z0-9 ]|\\[0-9a-f]+ )*$/);
  });

  it("reads the major version from the browser's version string", () => {
    expect(chromiumMajor("HeadlessChrome/156.0.8078.108")).toBe(156);
    expect(chromiumMajor("Chrome/130.0.6723.58")).toBe(130);
    expect(chromiumMajor("something else")).toBe(0);
  });

  it("draws header and footer in page-margin boxes where Chromium has them, else in templates", () => {
    const boxes = pageChrome('Model "x": card', "Forecard 0.1.0", MARGIN_BOXES_SINCE_CHROMIUM);
    expect(boxes.pdfOptions).toEqual({ displayHeaderFooter: false });
    expect(boxes.style).toContain(`@top-left { content: ${cssString('Model "x": card')};`);
    expect(boxes.style).toContain('counter(page) " of " counter(pages)');
    const templates = pageChrome("<b>x</b>", "f", MARGIN_BOXES_SINCE_CHROMIUM - 1);
    expect(templates.pdfOptions.displayHeaderFooter).toBe(true);
    expect(templates.pdfOptions.headerTemplate).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(templates.pdfOptions.footerTemplate).toContain('class="totalPages"');
    expect(templates.style).not.toContain("@page");
    // Either way the document gets no screen layout, which the PDF never shows.
    for (const { style } of [boxes, templates])
      expect(style).toContain("@media screen { html { display: none !important; } }");
  });

  it("adds the style before the first end of head, or at the end of a document without one", () => {
    expect(withStyle("<html><head><title>t</title></HEAD ><body></body></html>", "<s>")).toBe(
      "<html><head><title>t</title><s></HEAD ><body></body></html>",
    );
    expect(withStyle("<p>no head</p>", "<s>")).toBe("<p>no head</p><s>");
  });
});
