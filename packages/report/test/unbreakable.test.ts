import { describe, expect, it } from "vitest";
import { keepIdentifiersWhole, withBreakOpportunities } from "../src/unbreakable.js";

const text = (html: string) => html.replace(/<[^>]*>/g, "");

describe("keepIdentifiersWhole", () => {
  it("breaks a key only after its dots, and keeps its dashes inside a piece", () => {
    const html = keepIdentifiersWhole("<td>carbon.embodiedTCO2e, framing.affected-groups</td>");
    expect(html).toBe(
      '<td><span class="nw">carbon.</span><wbr><span class="nw">embodiedTCO2e,</span> <span class="nw">framing.</span><wbr><span class="nw">affected-groups</span></td>',
    );
  });

  it("breaks a URL or path only after its slashes and long dotted parts, never inside '//'", () => {
    const html = keepIdentifiersWhole(
      "<p>see (docs/atlas/stakeholders.md) or https://example.org/at and www.example.com/x</p>",
    );
    expect(html).toContain(
      '<span class="nw">https://</span><wbr><span class="nw">example.org/</span><wbr>',
    );
    // A file extension or a top-level domain stays on the line of the name before it.
    expect(html).toContain(
      '<span class="nw">atlas/</span><wbr><span class="nw">stakeholders.md)</span>',
    );
    expect(html).toContain(
      '<span class="nw">www.</span><wbr><span class="nw">example.com/</span><wbr>',
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
