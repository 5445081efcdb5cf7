import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { formatMarkdown, inert, inertCell, type Judgement, MAX_INERT_CHARS } from "../src/index.js";

// What a hostile proposal might put in its model name or a checklist answer id.
const HOSTILE = [
  "![pixel](https://evil.example/track.png)",
  "[click me](https://evil.example/login)",
  "<img src=https://evil.example/x.png>",
  "https://evil.example/bare",
  "www.evil.example",
  "@example-org/everyone @octocat",
  "| broken | table |",
  "`code` ``fence``",
  "line\nbreak\r\u0007\u001b[31m\u2028",
];

/** GitHub-flavoured Markdown to HTML, as a real renderer (micromark with GFM) does it. */
const render = (markdown: string) =>
  micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });

/** The HTML with every code element removed: what GitHub would link or mention in. */
const outsideCode = (html: string) => html.replace(/<code>[\s\S]*?<\/code>/g, "");

const context = { policyName: "p", policySource: "policy.yaml", version: "0", root: "/" };

describe("inert Markdown", () => {
  it.each(HOSTILE)(
    "renders %j as text inside one code span, with no link, image or HTML",
    (text) => {
      const html = render(`before ${inert(text)} after`);
      expect(html).not.toMatch(/<a |<img /);
      expect(outsideCode(html)).toBe("<p>before  after</p>");
      expect(html.match(/<code>/g)).toHaveLength(1);
    },
  );

  it("keeps a table cell a cell whatever the text holds", () => {
    for (const text of HOSTILE) {
      const html = render(`| a | b |\n| --- | --- |\n| ${inertCell(text)} | end |\n`);
      expect(html).toMatch(/<td><code>[\s\S]*<\/code><\/td>\n<td>end<\/td>/);
      expect(html).not.toMatch(/<a |<img /);
    }
  });

  it("shows the text itself, control characters turned into spaces", () => {
    expect(render(inert("a `b` c"))).toBe("<p><code>a `b` c</code></p>");
    expect(render(inert("x\u0007\ny"))).toBe("<p><code>x y</code></p>");
    expect([...inert("x".repeat(1000))].length).toBeLessThan(MAX_INERT_CHARS + 10);
  });

  it("leaves no link, image or mention outside code in a check's Markdown", () => {
    const judgements: Judgement[] = [
      {
        file: "proposals/@octocat [x](https://evil.example).yaml",
        model: HOSTILE.join(" "),
        verdict: "fail",
        findings: [
          {
            ruleId: "checklist-orphan-answer",
            severity: "warning",
            path: [],
            file: "p.yaml",
            line: 3,
            column: 1,
            message: `bias-risk has no item ${HOSTILE.join(" ")}; the answer is ignored`,
          },
        ],
      },
      {
        file: "bad ![i](https://evil.example/i.png).yaml",
        verdict: "invalid",
        errors: [{ file: "bad.yaml", line: 1, column: 1, message: HOSTILE.join(" ") }],
      },
    ];
    const html = render(formatMarkdown(judgements, { ...context, policyName: "@team policy" }));
    expect(html).not.toMatch(/<a |<img /);
    expect(outsideCode(html)).not.toMatch(/@|evil\.example|<img|\[click/);
  });
});
