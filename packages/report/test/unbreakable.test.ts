import hbs from "handlebars";
import { describe, expect, it } from "vitest";
import { canWrapInside, keepIdentifiersWhole, withBreakOpportunities } from "../src/unbreakable.js";
import { withPage } from "./fixtures.js";

const text = (html: string) => html.replace(/<[^>]*>/g, "");

describe("keepIdentifiersWhole", () => {
  it("breaks a key only after its dots, and keeps its dashes inside a piece", () => {
    const html = keepIdentifiersWhole("<td>carbon.embodiedTCO2e, framing.affected-groups</td>");
    expect(html).toBe(
      '<td>carbon.<wbr>embodiedTCO2e, framing.<wbr><span class="nw">affected-groups</span></td>',
    );
  });

  it("breaks a URL or path only after its slashes and long dotted parts, never inside '//'", () => {
    const html = keepIdentifiersWhole(
      "<p>see (docs/atlas/stakeholders.md) or https://example.org/at and www.example.com/x</p>",
    );
    // A file extension or a top-level domain stays on the line of the name before it.
    expect(html).toBe(
      "<p>see (docs/<wbr>atlas/<wbr>stakeholders.md) or https://<wbr>example.org/<wbr>at and www.<wbr>example.com/<wbr>x</p>",
    );
    expect(text(html)).toBe(
      "see (docs/atlas/stakeholders.md) or https://example.org/at and www.example.com/x",
    );
  });

  it("keeps ranges, dates and article references whole", () => {
    const html = keepIdentifiersWhole("<p>1.85 (1.79–1.91), p5–p95, 2025-07-01, Art. 55(1)(a)</p>");
    for (const whole of ["(1.79–1.91),", "p5–p95,", "2025-07-01,", "Art. 55(1)(a)"])
      expect(html).toContain(`<span class="nw">${whole}</span>`);
  });

  it("holds only the pieces that could wrap: plain numbers, years and ids print as they are", () => {
    const html = keepIdentifiersWhole(
      "<td>34.0 (2019), arXiv:2203.15556; $1.2B 7.5e+24 docs/x.yaml nvidia-b200 1.8–2.1</td>",
    );
    expect(html).toBe(
      '<td>34.0 (2019), arXiv:2203.15556; $1.2B 7.5e+24 docs/<wbr>x.yaml <span class="nw">nvidia-b200</span> <span class="nw">1.8–2.1</span></td>',
    );
  });

  it("leaves plain words, tags, attributes, styles and charts alone", () => {
    const html =
      '<head><style>td.id { a: b-c }</style></head><body><p class="x-y">plain words</p><svg><text>moe-instead</text></svg></body>';
    expect(keepIdentifiersWhole(html)).toBe(html);
  });
});

describe("withBreakOpportunities", () => {
  it("lets an identifier wrap after its dots and slashes, but not before a file extension", () => {
    expect(withBreakOpportunities("examples/atlas-100t-dense.yaml: model.organization")).toBe(
      "examples/<wbr>atlas-100t-dense.yaml: model.<wbr>organization",
    );
  });
});

// The characters a piece may hold without a no-wrap span, as Handlebars escapes them.
const PRINTABLE = Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i));
const escapeHtml = (text: string) => hbs.Utils.escapeExpression(text);
const admitted = [...PRINTABLE, "–", "—", "−", "×", "·", "…"].filter(
  (c) => !canWrapInside(escapeHtml(`a${c}1`)),
);
const openers = PRINTABLE.filter(
  (c) => !admitted.includes(c) && !canWrapInside(escapeHtml(`${c}a`)),
);

describe("canWrapInside, against Chromium's line breaking", () => {
  it("admits no dash, question mark, angle bracket or inner opening bracket", () => {
    for (const c of ["-", "–", "—", "?", "!", "<", ">", "(", "[", "{", "/", " "])
      expect(admitted).not.toContain(c);
    expect(openers).toEqual(["(", "[", "{"]);
  });

  // Every break opportunity is taken in a box of zero width, so a token that Chromium could wrap
  // anywhere shows on more than one line. Every pair of admitted characters, after an opening
  // bracket and before a path's slashes, must stay on one.
  it("admits only pieces Chromium prints on one line in a box of zero width", async () => {
    const whole: string[] = [];
    for (const first of ["a", "1", ...admitted])
      for (const second of admitted) whole.push(`a${first}${second}1`, `1${first}${second}a`);
    for (const opener of openers)
      for (const c of ["a", "1", ...admitted]) whole.push(`${opener}${c}a`, `${opener}a${c}//`);
    const wrapping = ["a-b", "a–b", "(1)(a)", "x?y", "a/b/c"];
    for (const token of whole) expect(canWrapInside(escapeHtml(token)), token).toBe(false);
    for (const token of wrapping.slice(0, 4))
      expect(canWrapInside(escapeHtml(token)), token).toBe(true);
    // The first box holds one letter, which cannot wrap: the height of one line.
    const boxes = ["a", ...whole, ...wrapping]
      .map((token) => `<div>${withBreakOpportunities(escapeHtml(token))}</div>`)
      .join("");
    const [line, ...heights] = await withPage(async (page) => {
      await page.setContent(
        `<html lang="en"><head><style>div { width: 0; font: 9.5pt "DejaVu Sans"; hyphens: auto; overflow-wrap: normal; }</style></head><body>${boxes}</body></html>`,
      );
      return page.$$eval("div", (divs) => divs.map((div) => div.getBoundingClientRect().height));
    });
    const onOneLine = [...whole, ...wrapping].filter((_, i) => heights[i] === line);
    // The control tokens wrap, so a break would be seen.
    for (const token of wrapping) expect(onOneLine).not.toContain(token);
    expect(whole.filter((token) => !onOneLine.includes(token))).toEqual([]);
  }, 60_000);
});
